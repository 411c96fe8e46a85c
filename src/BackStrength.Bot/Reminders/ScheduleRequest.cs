namespace BackStrength.Bot.Reminders;

/// <summary>
/// What a message said about a reminder's timing: the days (null when none were named), the time, and for a
/// one-off ("tomorrow at 8") how many days from today its local date is (null for a weekly schedule).
/// </summary>
/// <param name="HalfOfDayOpen">
/// The time was a bare hour from 1 to 11 ("today at 3"): once that hour has passed today, the same hour after noon
/// is what the person means.
/// </param>
public sealed record ScheduleRequest(IReadOnlyList<DayOfWeek>? Days, TimeOnly? Time, int? DaysFromToday = null, bool HalfOfDayOpen = false)
{
    public bool IsOnce => DaysFromToday is not null;

    /// <summary>Whether the message named any of the reminder's timing: days, a day of a one-off, or a time.</summary>
    public bool NamesAny => Days is not null || Time is not null || IsOnce;
}
