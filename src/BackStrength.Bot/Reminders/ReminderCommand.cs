namespace BackStrength.Bot.Reminders;

/// <summary>What a reminder request asks for. Set is the default: a message naming days or a time.</summary>
public enum ReminderCommand
{
    Set,
    Show,
    Pause,
    Resume,
    Snooze,
    Stop,
}
