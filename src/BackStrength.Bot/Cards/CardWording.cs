using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Progress;

namespace BackStrength.Bot.Cards;

/// <summary>Words the cards show that depend on the situation, from the "CardWording" section of Content/conversation.json.</summary>
public sealed class CardWording
{
    public const string Section = "CardWording";

    public string PlanTitle { get; set; } = string.Empty;

    public string GentlePlanTitle { get; set; } = string.Empty;

    public Dictionary<Equipment, string> Equipment { get; set; } = [];

    public Dictionary<BodyArea, string> AreaDescriptions { get; set; } = [];

    public Dictionary<Feeling, string> Feelings { get; set; } = [];

    public List<string> StoredItems { get; set; } = [];

    /// <summary>A .NET date format for a session on the progress card, e.g. "ddd d MMM".</summary>
    public string ProgressDateFormat { get; set; } = string.Empty;

    /// <summary>How many of the latest sessions the progress card lists.</summary>
    public int ProgressSessionsShown { get; set; }

    public IEnumerable<string> EquipmentNames(Equipment equipment) =>
        Enum.GetValues<Equipment>()
            .Where(item => item != Coaching.Equipment.None && item != Coaching.Equipment.Wall && equipment.HasFlag(item))
            .Select(item => Equipment[item]);
}
