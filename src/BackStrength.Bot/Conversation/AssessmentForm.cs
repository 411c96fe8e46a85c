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

    public static Assessment? ReadFull(JObject? value)
    {
        if (value is null
            || ReadPain(value) is not { } pain
            || ReadMinutes(value) is not { } minutes
            || !Enum.TryParse<Experience>(Text(value, "experience"), ignoreCase: true, out var experience)
            || !Enum.IsDefined(experience)
            || ReadEquipment(Text(value, "equipment")) is not { } equipment)
        {
            return null;
        }

        var focusText = Text(value, "focus");
        Focus? focus = FocusOfChoice.TryGetValue(focusText, out var chosen) ? chosen : null;
        return new Assessment(pain, experience, Toggle(value, "canGetToFloor"), Toggle(value, "kneelingComfortable"),
            equipment, minutes, focus, Toggle(value, "painBelowKnee"));
    }

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
    public static int? FittingMinutes(int? minutes) => minutes is null or < 1 or > 600
        ? null
        : MinuteOptions.LastOrDefault(option => option <= minutes.Value, MinuteOptions[0]);

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

    private static bool Toggle(JObject value, string field) =>
        string.Equals(Text(value, field), "true", StringComparison.OrdinalIgnoreCase);

    private static string Text(JObject value, string field) => value[field] switch
    {
        null => string.Empty,
        JArray items => string.Join(',', items.Select(item => item.ToString())),
        var token => token.ToString(),
    };
}
