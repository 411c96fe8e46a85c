namespace BackStrength.Bot.Reminders;

/// <summary>
/// What a message said about a reminder's timing: the days (null when none were named), the time, and for a
/// one-off ("tomorrow at 8") how many days from today its local date is (null for a weekly schedule).
/// </summary>
public sealed record ScheduleRequest(IReadOnlyList<DayOfWeek>? Days, TimeOnly? Time, int? DaysFromToday = null)
{
    public bool IsOnce => DaysFromToday is not null;
}
