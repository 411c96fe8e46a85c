using BackStrength.Bot.Reminders;

namespace BackStrength.Reminders.Tests;

/// <summary>Occurrences keep the person's local time, including across daylight-saving changes.</summary>
public class ReminderScheduleTests
{
    private static readonly DayOfWeek[] EveryDay = Enum.GetValues<DayOfWeek>();

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text + "Z", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void The_next_occurrence_is_the_next_listed_day_at_the_local_time()
    {
        var schedule = new ReminderSchedule([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday], 9, 0, "Europe/Berlin");

        // Wednesday 2026-11-25 10:00 in Berlin (UTC+1): today's 09:00 has passed, so Friday.
        Assert.Equal(Utc("2026-11-27T08:00:00"), schedule.NextOccurrenceAfter(Utc("2026-11-25T09:00:00")));
        // Wednesday 07:00 in Berlin: today at 09:00.
        Assert.Equal(Utc("2026-11-25T08:00:00"), schedule.NextOccurrenceAfter(Utc("2026-11-25T06:00:00")));
    }

    [Fact]
    public void An_occurrence_exactly_now_is_not_next()
    {
        var schedule = new ReminderSchedule([DayOfWeek.Wednesday], 9, 0, "UTC");

        Assert.Equal(Utc("2026-12-02T09:00:00"), schedule.NextOccurrenceAfter(Utc("2026-11-25T09:00:00")));
    }

    [Fact]
    public void Berlin_keeps_nine_oclock_across_the_spring_change()
    {
        var schedule = new ReminderSchedule(EveryDay, 9, 0, "Europe/Berlin");

        // Clocks go forward on Sunday 2026-03-29: 09:00 is 08:00 UTC before and 07:00 UTC after.
        Assert.Equal(Utc("2026-03-28T08:00:00"), schedule.NextOccurrenceAfter(Utc("2026-03-27T09:00:00")));
        Assert.Equal(Utc("2026-03-29T07:00:00"), schedule.NextOccurrenceAfter(Utc("2026-03-28T09:00:00")));
    }

    [Fact]
    public void Berlin_keeps_nine_oclock_across_the_autumn_change()
    {
        var schedule = new ReminderSchedule(EveryDay, 9, 0, "Europe/Berlin");

        // Clocks go back on Sunday 2026-10-25: 09:00 is 07:00 UTC before and 08:00 UTC after.
        Assert.Equal(Utc("2026-10-24T07:00:00"), schedule.NextOccurrenceAfter(Utc("2026-10-23T08:00:00")));
        Assert.Equal(Utc("2026-10-25T08:00:00"), schedule.NextOccurrenceAfter(Utc("2026-10-24T08:00:00")));
    }

    [Fact]
    public void New_York_keeps_its_local_time_across_both_changes()
    {
        var schedule = new ReminderSchedule([DayOfWeek.Sunday, DayOfWeek.Monday], 8, 30, "America/New_York");

        // Clocks go forward on Sunday 2026-03-08 (UTC-5 to UTC-4) and back on Sunday 2026-11-01 (UTC-4 to UTC-5).
        Assert.Equal(Utc("2026-03-08T12:30:00"), schedule.NextOccurrenceAfter(Utc("2026-03-07T12:00:00")));
        Assert.Equal(Utc("2026-03-02T13:30:00"), schedule.NextOccurrenceAfter(Utc("2026-03-01T14:00:00")));
        Assert.Equal(Utc("2026-11-01T13:30:00"), schedule.NextOccurrenceAfter(Utc("2026-10-31T12:00:00")));
        Assert.Equal(Utc("2026-10-26T12:30:00"), schedule.NextOccurrenceAfter(Utc("2026-10-26T00:00:00")));
    }

    [Fact]
    public void A_time_the_spring_change_skips_comes_one_hour_later_on_that_day_only()
    {
        var schedule = new ReminderSchedule(EveryDay, 2, 30, "Europe/Berlin");

        // 02:30 does not exist on 2026-03-29 in Berlin: the reminder comes at 03:30 local (01:30 UTC).
        Assert.Equal(Utc("2026-03-29T01:30:00"), schedule.NextOccurrenceAfter(Utc("2026-03-28T12:00:00")));
        Assert.Equal(Utc("2026-03-30T00:30:00"), schedule.NextOccurrenceAfter(Utc("2026-03-29T12:00:00")));
    }

    [Fact]
    public void A_time_the_autumn_change_repeats_comes_once_at_its_first_showing()
    {
        var schedule = new ReminderSchedule(EveryDay, 2, 30, "Europe/Berlin");

        // 02:30 happens twice on 2026-10-25 in Berlin (00:30 and 01:30 UTC): only the first counts.
        var first = schedule.NextOccurrenceAfter(Utc("2026-10-24T12:00:00"))!.Value;
        Assert.Equal(Utc("2026-10-25T00:30:00"), first);
        Assert.Equal(Utc("2026-10-26T01:30:00"), schedule.NextOccurrenceAfter(first));
    }
}
