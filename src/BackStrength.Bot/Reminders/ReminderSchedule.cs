using Newtonsoft.Json;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// When a person wants to be reminded: on these days, at this local time, in their IANA time zone. Occurrences
/// are worked out in local time, so a reminder at 09:00 stays at 09:00 across daylight-saving changes.
/// A one-off (<see cref="Once"/>) is sent once, at the record's <see cref="ReminderRecord.NextDueUtc"/>, and then
/// has no further occurrence.
/// </summary>
public sealed record ReminderSchedule(IReadOnlyList<DayOfWeek> Days, int Hour, int Minute, string TimeZoneId)
{
    // A List, because the store writes type names and cannot read back the compiler's own read-only list types.
    public IReadOnlyList<DayOfWeek> Days { get; init; } = Days.ToList();

    /// <summary>Sent once, then finished. Left out of the stored JSON when false, so weekly records stay as they were.</summary>
    [JsonProperty(DefaultValueHandling = DefaultValueHandling.Ignore)]
    public bool Once { get; init; }

    public TimeOnly Time => new(Hour, Minute);

    /// <summary>A one-off at <paramref name="time"/> on the local <paramref name="date"/>.</summary>
    public static ReminderSchedule OnceOn(DateOnly date, TimeOnly time, string timeZoneId) =>
        new([date.DayOfWeek], time.Hour, time.Minute, timeZoneId) { Once = true };

    /// <summary>The first date after <paramref name="today"/> that falls on <paramref name="day"/>: a week on when today is that day.</summary>
    public static DateOnly NextDateOn(DateOnly today, DayOfWeek day) =>
        today.AddDays(((int)day - (int)today.DayOfWeek + 6) % 7 + 1);

    /// <summary>The date the clocks of <paramref name="timeZoneId"/> show at <paramref name="moment"/>.</summary>
    public static DateOnly LocalDate(DateTimeOffset moment, string timeZoneId) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId)).DateTime);

    /// <summary>This schedule's time on the local <paramref name="date"/>, as a UTC instant.</summary>
    public DateTimeOffset OccurrenceOn(DateOnly date) => ToUtc(date.ToDateTime(Time), TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId));

    /// <summary>
    /// <paramref name="moment"/> moved by <paramref name="by"/>, whole days in local time so the clock time stays
    /// the same across a daylight-saving change (08:00 snoozed a day is 08:00 again).
    /// </summary>
    public DateTimeOffset LocalTimeLater(DateTimeOffset moment, TimeSpan by)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var wholeDays = TimeSpan.FromDays(by.Days);
        return ToUtc(TimeZoneInfo.ConvertTime(moment, zone).DateTime + wholeDays, zone) + (by - wholeDays);
    }

    /// <summary>The first occurrence on the local <paramref name="date"/> or later; null for a one-off.</summary>
    public DateTimeOffset? FirstOccurrenceFrom(DateOnly date) =>
        NextOccurrenceAfter(ToUtc(date.ToDateTime(TimeOnly.MinValue), TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId)).AddTicks(-1));

    /// <summary>
    /// The first occurrence strictly after <paramref name="after"/>, as a UTC instant; null for a one-off, whose
    /// only occurrence is the one it was set (or snoozed) to.
    /// </summary>
    public DateTimeOffset? NextOccurrenceAfter(DateTimeOffset after)
    {
        if (Once)
        {
            return null;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(after, zone).DateTime);
        // Eight days: today's time may have passed, and then the same weekday next week is the answer.
        for (var offset = 0; offset <= 7; offset++)
        {
            var date = today.AddDays(offset);
            if (!Days.Contains(date.DayOfWeek))
            {
                continue;
            }

            var occurrence = ToUtc(date.ToDateTime(Time), zone);
            if (occurrence > after)
            {
                return occurrence;
            }
        }

        throw new InvalidOperationException("A reminder schedule needs at least one day.");
    }

    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone)
    {
        if (zone.IsInvalidTime(local))
        {
            // The clocks skip this time (spring forward): remind at the same moment the skipped time would have
            // been, which the clock shows as one gap later (02:30 becomes 03:30).
            var offsetBefore = zone.GetUtcOffset(local.AddHours(-3));
            return new DateTimeOffset(local - offsetBefore, TimeSpan.Zero);
        }

        // The clocks show this time twice (fall back): remind at the first of the two.
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local - offset, TimeSpan.Zero);
    }
}
