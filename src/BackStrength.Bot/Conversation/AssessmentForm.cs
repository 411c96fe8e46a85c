using System.Globalization;
using BackStrength.Bot.State;
using BackStrength.Coaching;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Reads the assessment and quick-check cards' submitted values. Cards arrive from many clients and can be
/// tampered with, so every field is checked and anything unusable makes the read fail rather than throw.
/// </summary>
public static class AssessmentForm
{
    /// <summary>The ids of the card's experience and focus choice sets.</summary>
    public const string ExperienceField = "experience";
    public const string FocusField = "focus";

    public static readonly IReadOnlyList<int> MinuteOptions = [5, 10, 20, 30];

    private static readonly Dictionary<string, Equipment> EquipmentOfChoice = new(StringComparer.OrdinalIgnoreCase)
    {
        ["band"] = Equipment.ResistanceBand,
        ["door"] = Equipment.DoorAnchor,
        ["weights"] = Equipment.Weights,
        ["chair"] = Equipment.Chair,
    };

    private static readonly Dictionary<string, Focus> FocusOfChoice = new(StringComparer.OrdinalIgnoreCase)
    {
        ["lowerBack"] = Focus.LowerBack,
        ["upperBack"] = Focus.UpperBackAndPosture,
        ["core"] = Focus.Core,
    };

    /// <summary>The whole card, or null when a field it needs is missing or unusable. A missing switch counts as off.</summary>
    public static Assessment? ReadFull(JObject? value)
    {
        if (value is null || ReadPartial(value) is not { Pain: { } pain, Experience: { } experience, Equipment: { } equipment, Minutes: { } minutes } given)
        {
            return null;
        }

        var focusText = Text(value, FocusField);
        Focus? focus = FocusOfChoice.TryGetValue(focusText, out var chosen) ? chosen : null;
        return new Assessment(pain, experience, given.Floor ?? false, given.Kneeling ?? false, equipment, minutes, focus, given.PainBelowKnee ?? false);
    }

    /// <summary>
    /// What can be read of the card, each answer null when its field is missing or unusable (a card of an older
    /// version, a client sending a field in another shape), so the rest is kept and only those are asked again.
    /// </summary>
    public static PartialAssessment ReadPartial(JObject value) => new(
        ReadPain(value),
        Enum.TryParse<Experience>(Text(value, ExperienceField), ignoreCase: true, out var experience) && Enum.IsDefined(experience) ? experience : null,
        ReadEquipment(Text(value, "equipment")),
        ReadMinutes(value),
        OptionalToggle(value, "painBelowKnee"),
        OptionalToggle(value, "canGetToFloor"),
        OptionalToggle(value, "kneelingComfortable"));

    public static Assessment? ReadQuick(JObject? value, BaselineAnswers baseline) =>
        value is not null && ReadPain(value) is { } pain && ReadMinutes(value) is { } minutes
            ? baseline.WithToday(pain, minutes)
            : null;

    /// <summary>A pain score from typed text: the first whole number from 0 to 10.</summary>
    public static int? ParsePain(int? number) => number is >= 0 and <= Assessment.MaxPain ? number : null;

    /// <summary>
    /// Minutes as the planner takes them: the longest offered option that fits in the time given (the shortest when
    /// none does), so "15" becomes 10: the plan should never run past the time the person has.
    /// </summary>
    public static int? FittingMinutes(int? minutes) => PlausibleMinutes(minutes) is { } plausible
        ? MinuteOptions.LastOrDefault(option => option <= plausible, MinuteOptions[0])
        : null;

    /// <summary>A length of time as said, or null when it cannot be a session today (none, or longer than ten hours).</summary>
    public static int? PlausibleMinutes(int? minutes) => minutes is null or < 1 or > 600 ? null : minutes;

    public static Equipment? ReadEquipment(string choices)
    {
        var equipment = Equipment.None;
        foreach (var choice in choices.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!EquipmentOfChoice.TryGetValue(choice, out var item))
            {
                return null;
            }

            equipment |= item;
        }

        return equipment;
    }

    private static int? ReadPain(JObject value) =>
        int.TryParse(Text(value, "painNow"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pain)
            ? ParsePain(pain)
            : double.TryParse(Text(value, "painNow"), NumberStyles.Float, CultureInfo.InvariantCulture, out var fractional)
                ? ParsePain((int)Math.Round(fractional))
                : null;

    private static int? ReadMinutes(JObject value) =>
        int.TryParse(Text(value, "minutes"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minutes)
            ? FittingMinutes(minutes)
            : null;

    private static bool? OptionalToggle(JObject value, string field) => Text(value, field).ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => null,
    };

    private static string Text(JObject value, string field) => value[field] switch
    {
        null => string.Empty,
        JArray items => string.Join(',', items.Select(item => item.ToString())),
        var token => token.ToString(),
    };
}

/// <summary>The assessment card's answers that could be read; a null one is asked in chat.</summary>
public sealed record PartialAssessment(
    int? Pain, Experience? Experience, Equipment? Equipment, int? Minutes, bool? PainBelowKnee, bool? Floor, bool? Kneeling);
