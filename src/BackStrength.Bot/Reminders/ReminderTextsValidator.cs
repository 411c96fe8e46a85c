using BackStrength.Bot.Hosting;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Checks the reminder texts of Content/conversation.json at start-up: a text left out, a placeholder missing or a
/// command without words would otherwise surface as an empty or wrong message in someone's chat.
/// </summary>
public sealed class ReminderTextsValidator : IValidateOptions<ReminderTexts>
{
    // The placeholders each template must keep, as documented on ReminderTexts.
    private static readonly Dictionary<string, string[]> Placeholders = new(StringComparer.Ordinal)
    {
        [nameof(ReminderTexts.Confirmed)] = ["{0}"],
        [nameof(ReminderTexts.Current)] = ["{0}"],
        [nameof(ReminderTexts.CurrentWithNext)] = ["{0}", "{1}"],
        [nameof(ReminderTexts.CurrentPaused)] = ["{0}"],
        [nameof(ReminderTexts.Resumed)] = ["{0}"],
        [nameof(ReminderTexts.DaysDropped)] = ["{0}", "{1}"],
        [nameof(ReminderTexts.DaysNotInReminder)] = ["{0}", "{1}"],
        [nameof(ReminderTexts.Snoozed)] = ["{0}"],
        [nameof(ReminderTexts.ScheduleFormat)] = ["{0}", "{1}", "{2}"],
        [nameof(ReminderTexts.OnceFormat)] = ["{0}", "{1}", "{2}"],
        [nameof(ReminderTexts.OnceToday)] = ["{0}"],
        [nameof(ReminderTexts.OnceTomorrow)] = ["{0}"],
        [nameof(ReminderTexts.OncePassed)] = ["{0}", "{1}"],
    };

    public ValidateOptionsResult Validate(string? name, ReminderTexts options)
    {
        var problems = ContentTextsValidator<ReminderTexts>.Problems(options, ReminderTexts.Section);
        foreach (var (property, placeholders) in Placeholders)
        {
            var value = (string?)typeof(ReminderTexts).GetProperty(property)!.GetValue(options);
            if (!string.IsNullOrWhiteSpace(value) && placeholders.FirstOrDefault(placeholder => !value.Contains(placeholder, StringComparison.Ordinal)) is { } missing)
            {
                problems.Add($"{ReminderTexts.Section}:{property} needs {missing}.");
            }
        }

        foreach (var command in Enum.GetValues<ReminderCommand>().Where(command => command != ReminderCommand.Set))
        {
            if (options.Commands.GetValueOrDefault(command) is not { Count: > 0 })
            {
                problems.Add($"{ReminderTexts.Section}:Commands:{command} lists no words.");
            }
        }

        problems.AddRange(options.TimeZoneRegions.Keys
            .Where(zone => TimeZoneNames.Find(zone) != zone)
            .Select(zone => $"{ReminderTexts.Section}:{nameof(ReminderTexts.TimeZoneRegions)} names {zone}, which is not a time zone id."));
        problems.AddRange(MissingScheduleWords(options.ScheduleWords));
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem => $"{problem} Set it in Content/conversation.json."));
    }

    private static IEnumerable<string> MissingScheduleWords(ScheduleWords words)
    {
        var section = $"{ReminderTexts.Section}:{nameof(ReminderTexts.ScheduleWords)}";
        var problems = Enum.GetValues<DayOfWeek>()
            .Where(day => !words.Days.ContainsKey(day))
            .Select(day => $"{section}:Days:{day} lists no words.");
        return string.IsNullOrWhiteSpace(words.TonightAt) || words.TonightTime() is not null
            ? problems
            : problems.Append($"{section}:{nameof(ScheduleWords.TonightAt)} is not a time (HH:mm).");
    }
}
