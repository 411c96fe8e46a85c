namespace BackStrength.Bot.Reminders;

/// <summary>
/// What a message said about a reminder's timing: the days (null when none were named), the time, and for a
/// one-off ("tomorrow at 8") how many days from today its local date is (null for a weekly schedule).
/// </summary>
/// <param name="ExceptDays">Days to leave out ("every day except weekends"), from <see cref="Days"/> or, when none are named, from every day.</param>
/// <param name="Repeats">The message said its days repeat ("every friday", "mondays"), rather than naming a day ("friday").</param>
/// <param name="HalfOfDayOpen">
/// The time was a bare hour from 1 to 11 ("today at 3"): once that hour has passed today, the same hour after noon
/// is what the person means.
/// </param>
public sealed record ScheduleRequest(
    IReadOnlyList<DayOfWeek>? Days, TimeOnly? Time, int? DaysFromToday = null, bool HalfOfDayOpen = false, IReadOnlyList<DayOfWeek>? ExceptDays = null,
    bool Repeats = false)
{
    public bool IsOnce => DaysFromToday is not null;

    /// <summary>Whether the message named any of the reminder's timing: days, a day of a one-off, or a time.</summary>
    public bool NamesAny => Days is not null || ExceptDays is not null || Time is not null || IsOnce;

    /// <summary>
    /// The request with its exceptions taken out of its days, or out of <paramref name="unsaid"/> when it named none:
    /// the days the reminder comes on. An exception that would leave no day is not taken.
    /// </summary>
    public ScheduleRequest WithoutExceptions(IReadOnlyList<DayOfWeek> unsaid)
    {
        if (ExceptDays is null)
        {
            return this;
        }

        IReadOnlyList<DayOfWeek> remaining = [.. (Days ?? unsaid).Except(ExceptDays)];
        return this with { Days = remaining.Count > 0 ? remaining : Days, ExceptDays = null };
    }
}
