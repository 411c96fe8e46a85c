using System.Globalization;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Reminders;

/// <summary>Puts schedules and times into words, e.g. "Mon, Wed, Fri at 09:00 Europe/Berlin".</summary>
public sealed class ScheduleWording(IOptions<ReminderTexts> texts)
{
    private static readonly DayOfWeek[] MondayFirst =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
        DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    private readonly ReminderTexts _texts = texts.Value;

    /// <summary>
    /// A stored reminder in words: its weekly schedule, or for a one-off when it comes, e.g.
    /// "once, tomorrow (Thu 26 Nov) at 08:00 Europe/Berlin", told relative to <paramref name="now"/>.
    /// </summary>
    public string Describe(ReminderRecord reminder, DateTimeOffset now) =>
        reminder.Schedule.Once ? DescribeOnce(reminder.NextDueUtc, reminder.Schedule.TimeZoneId, now) : Describe(reminder.Schedule);

    public string Describe(ReminderSchedule schedule) =>
        string.Format(CultureInfo.InvariantCulture, _texts.ScheduleFormat,
            Days(schedule.Days), schedule.Time.ToString("HH:mm", CultureInfo.InvariantCulture), schedule.TimeZoneId);

    /// <summary>A one-off moment in the schedule's time zone, e.g. "Thu 26 Nov at 09:05 Europe/Berlin".</summary>
    public string DescribeMoment(DateTimeOffset moment, string timeZoneId)
    {
        var local = TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));
        return $"{local.ToString(_texts.MomentFormat, CultureInfo.InvariantCulture)} {timeZoneId}";
    }

    private string DescribeOnce(DateTimeOffset moment, string timeZoneId, DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));
        var date = local.ToString(_texts.DateFormat, CultureInfo.InvariantCulture);
        var daysAhead = ReminderSchedule.LocalDate(moment, timeZoneId).DayNumber - ReminderSchedule.LocalDate(now, timeZoneId).DayNumber;
        var day = daysAhead switch
        {
            0 => string.Format(CultureInfo.InvariantCulture, _texts.OnceToday, date),
            1 => string.Format(CultureInfo.InvariantCulture, _texts.OnceTomorrow, date),
            _ => date,
        };
        return string.Format(CultureInfo.InvariantCulture, _texts.OnceFormat,
            day, local.ToString("HH:mm", CultureInfo.InvariantCulture), timeZoneId);
    }

    /// <summary>Days named in full, Monday first, e.g. "Monday, Friday", for saying which days a change was about.</summary>
    public static string DayNames(IEnumerable<DayOfWeek> days) =>
        string.Join(", ", MondayFirst.Intersect(days).Select(day => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day)));

    private string Days(IReadOnlyCollection<DayOfWeek> days) => days.Count switch
    {
        7 => _texts.EveryDay,
        5 when !days.Contains(DayOfWeek.Saturday) && !days.Contains(DayOfWeek.Sunday) => _texts.Weekdays,
        2 when days.Contains(DayOfWeek.Saturday) && days.Contains(DayOfWeek.Sunday) => _texts.Weekends,
        _ => string.Join(", ", MondayFirst.Where(days.Contains).Select(day => CultureInfo.InvariantCulture.DateTimeFormat.GetAbbreviatedDayName(day))),
    };
}
