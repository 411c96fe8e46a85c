using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Tells which reminder command a message gives ("pause reminders", "snooze"...), and whether it changes the reminder
/// or points back at it, from the content's word lists.
/// </summary>
public sealed partial class ReminderCommands(IOptions<ReminderTexts> texts)
{
    // When a message has words of several commands, the one that sends fewer reminders wins.
    private static readonly ReminderCommand[] Precedence =
        [ReminderCommand.Stop, ReminderCommand.Pause, ReminderCommand.Snooze, ReminderCommand.Resume, ReminderCommand.Show];

    public ReminderCommand Classify(string? text)
    {
        var words = Words(text);
        return Precedence.FirstOrDefault(
            command => HasAny(words, texts.Value.Commands.GetValueOrDefault(command, [])),
            ReminderCommand.Set);
    }

    /// <summary>"Make it 11", "move my reminder to mondays": a change to the reminder already set.</summary>
    public bool SaysChange(string? text) => HasAny(Words(text), texts.Value.ChangeWords);

    /// <summary>"9 new york time", "change my time zone to Tokyo": the message speaks of a time zone.</summary>
    public bool SpeaksOfTimeZone(string? text) => HasAny(Words(text), texts.Value.TimeZoneWords);

    /// <summary>"Turn them back on", "cancel that": about something already talked about.</summary>
    public bool PointsBack(string? text) => HasAny(Words(text), texts.Value.PointingBackWords);

    private static string Words(string? text) =>
        $" {string.Join(' ', WordPattern().Matches(text?.ToLowerInvariant() ?? string.Empty).Select(match => match.Value))} ";

    private static bool HasAny(string words, List<string> phrases) =>
        phrases.Any(phrase => words.Contains($" {phrase} ", StringComparison.Ordinal));

    [GeneratedRegex(@"[a-z']+")]
    private static partial Regex WordPattern();
}
