using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Reminders;

/// <summary>Tells which reminder command a message gives ("pause reminders", "snooze"...), from the content's word lists.</summary>
public sealed partial class ReminderCommands(IOptions<ReminderTexts> texts)
{
    // When a message has words of several commands, the one that sends fewer reminders wins.
    private static readonly ReminderCommand[] Precedence =
        [ReminderCommand.Stop, ReminderCommand.Pause, ReminderCommand.Snooze, ReminderCommand.Resume, ReminderCommand.Show];

    public ReminderCommand Classify(string? text)
    {
        var words = $" {string.Join(' ', WordPattern().Matches(text?.ToLowerInvariant() ?? string.Empty).Select(match => match.Value))} ";
        return Precedence.FirstOrDefault(
            command => texts.Value.Commands.GetValueOrDefault(command, []).Any(phrase => words.Contains($" {phrase} ", StringComparison.Ordinal)),
            ReminderCommand.Set);
    }

    [GeneratedRegex(@"[a-z']+")]
    private static partial Regex WordPattern();
}
