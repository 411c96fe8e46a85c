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
        [nameof(ReminderTexts.CurrentPaused)] = ["{0}"],
        [nameof(ReminderTexts.Resumed)] = ["{0}"],
        [nameof(ReminderTexts.Snoozed)] = ["{0}"],
        [nameof(ReminderTexts.ScheduleFormat)] = ["{0}", "{1}", "{2}"],
    };

    public ValidateOptionsResult Validate(string? name, ReminderTexts options)
    {
        var problems = new List<string>();
        foreach (var text in typeof(ReminderTexts).GetProperties().Where(property => property.PropertyType == typeof(string)))
        {
            var value = (string?)text.GetValue(options);
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add($"{ReminderTexts.Section}:{text.Name} is empty.");
            }
            else if (Placeholders.GetValueOrDefault(text.Name, []).FirstOrDefault(placeholder => !value.Contains(placeholder, StringComparison.Ordinal)) is { } missing)
            {
                problems.Add($"{ReminderTexts.Section}:{text.Name} needs {missing}.");
            }
        }

        foreach (var command in Enum.GetValues<ReminderCommand>().Where(command => command != ReminderCommand.Set))
        {
            if (options.Commands.GetValueOrDefault(command) is not { Count: > 0 })
            {
                problems.Add($"{ReminderTexts.Section}:Commands:{command} lists no words.");
            }
        }

        problems.AddRange(MissingScheduleWords(options.ScheduleWords));
        return problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(problems.Select(problem => $"{problem} Set it in Content/conversation.json."));
    }

    private static IEnumerable<string> MissingScheduleWords(ScheduleWords words)
    {
        const string Prefix = $"{ReminderTexts.Section}:{nameof(ReminderTexts.ScheduleWords)}";
        var missingDays = Enum.GetValues<DayOfWeek>().Where(day => words.Days.GetValueOrDefault(day) is not { Count: > 0 });
        var lists = new Dictionary<string, List<string>>
        {
            [nameof(ScheduleWords.Weekdays)] = words.Weekdays,
            [nameof(ScheduleWords.Weekends)] = words.Weekends,
            [nameof(ScheduleWords.EveryDay)] = words.EveryDay,
            [nameof(ScheduleWords.Ranges)] = words.Ranges,
            [nameof(ScheduleWords.Noon)] = words.Noon,
            [nameof(ScheduleWords.Midnight)] = words.Midnight,
        };
        foreach (var (day, phrases) in words.Days)
        {
            lists[$"Days:{day}"] = phrases;
        }

        // A blank phrase would match before every word.
        return
        [
            .. missingDays.Select(day => $"{Prefix}:Days:{day} lists no words."),
            .. lists.Where(list => list.Value.Count == 0).Select(list => $"{Prefix}:{list.Key} lists no words."),
            .. lists.Where(list => list.Value.Exists(string.IsNullOrWhiteSpace)).Select(list => $"{Prefix}:{list.Key} has a blank entry."),
        ];
    }
}
