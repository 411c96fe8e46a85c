using System.Text.Json;
using BackStrength.Coaching.Exercises;
using static BackStrength.Coaching.ContentFiles;

namespace BackStrength.Coaching.Planning;

/// <summary>
/// The words the planner uses to explain its choices, and which area each focus emphasises, from
/// Content/planning.json.
/// </summary>
public sealed class PlanningText
{
    private const string FileName = "planning.json";

    private readonly Dictionary<BodyArea, string> _areaNames;
    private readonly Dictionary<Focus, (string Name, BodyArea Area)> _focuses;
    private readonly ReasonsEntry _reasons;

    private PlanningText(PlanningFile file)
    {
        _areaNames = Enum.GetValues<BodyArea>().ToDictionary(a => a, a => Lookup(file.Areas, a, "areas"));
        _focuses = Enum.GetValues<Focus>().ToDictionary(f => f, f =>
        {
            var entry = Lookup(file.Focuses, f, "focuses");
            var field = $"focuses.{Kebab(f)}";
            return (RequireText(entry.Name, FileName, $"{field}.name"), ParseKebab<BodyArea>(entry.Area, FileName, $"{field}.area"));
        });
        var reasons = file.Reasons ?? throw new ContentValidationException(FileName, "reasons", "is missing.");
        _reasons = new ReasonsEntry(
            RequirePlaceholders(reasons.Focus, "reasons.focus", "{focus}", "{why}"),
            RequirePlaceholders(reasons.Balance, "reasons.balance", "{area}", "{why}"),
            RequireText(reasons.SteppedUp, FileName, "reasons.steppedUp"),
            RequireText(reasons.SteppedDown, FileName, "reasons.steppedDown"),
            RequireText(reasons.Gentle, FileName, "reasons.gentle"),
            RequireText(reasons.AfterBreak, FileName, "reasons.afterBreak"));
        var longBreak = file.LongBreak ?? throw new ContentValidationException(FileName, "longBreak", "is missing.");
        LongBreak = longBreak.Days is int days and > 0
            ? TimeSpan.FromDays(days)
            : throw new ContentValidationException(FileName, "longBreak.days", "needs a whole number of days, 1 or more.");
        LongBreakNote = RequireText(longBreak.PlanNote, FileName, "longBreak.planNote");
    }

    /// <summary>How long without a session counts as a break after which exercises start a step easier.</summary>
    public TimeSpan LongBreak { get; }

    /// <summary>The line at the head of a plan that starts a step easier after a long break.</summary>
    public string LongBreakNote { get; }

    public static PlanningText Load(Stream json) => new(Read<PlanningFile>(json, FileName));

    public static PlanningText LoadDefault()
    {
        using var stream = OpenEmbedded(FileName);
        return Load(stream);
    }

    public string AreaName(BodyArea area) => _areaNames[area];

    public string FocusName(Focus focus) => _focuses[focus].Name;

    /// <summary>The body area a focus puts first.</summary>
    public BodyArea FocusArea(Focus focus) => _focuses[focus].Area;

    /// <summary>One line on why an exercise is in the plan, for the person's focus and the reason its variation was chosen.</summary>
    public string Reason(Exercise exercise, Focus? focus, ChoiceReason choice)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var main = focus is { } f && FocusArea(f) == exercise.Area
            ? _reasons.Focus!.Replace("{focus}", FocusName(f), StringComparison.Ordinal)
            : _reasons.Balance!.Replace("{area}", AreaName(exercise.Area), StringComparison.Ordinal);
        main = main.Replace("{why}", exercise.WhyItHelps, StringComparison.Ordinal);
        var note = choice switch
        {
            ChoiceReason.SteppedUp => _reasons.SteppedUp,
            ChoiceReason.SteppedDown => _reasons.SteppedDown,
            ChoiceReason.Gentle => _reasons.Gentle,
            ChoiceReason.EasedAfterBreak => _reasons.AfterBreak,
            _ => null,
        };
        return note is null ? main : $"{main} {note}";
    }

    private static T Lookup<TKey, T>(IReadOnlyDictionary<string, T?>? map, TKey key, string field)
        where TKey : struct, Enum
    {
        var name = Kebab(key);
        return map is not null && map.TryGetValue(name, out var value) && value is not null
            ? value
            : throw new ContentValidationException(FileName, $"{field}.{name}", "is missing.");
    }

    private static string RequirePlaceholders(string? template, string field, params string[] placeholders)
    {
        var text = RequireText(template, FileName, field);
        var missing = placeholders.FirstOrDefault(p => !text.Contains(p, StringComparison.Ordinal));
        return missing is null ? text : throw new ContentValidationException(FileName, field, $"must contain {missing}.");
    }

    private static string Kebab<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
