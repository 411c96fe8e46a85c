using System.Text.RegularExpressions;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Reads the days and the time out of a typed request such as "remind me Monday, Wednesday and Friday at 9",
/// "weekdays at 8:30", "every day at 7pm" or "tue thu 12:15". Plain text in, plain values out.
/// </summary>
public static partial class ScheduleParser
{
    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly DayOfWeek[] EveryDay = [.. Weekdays, .. Weekend];

    // Single words that name one day or a group of days; "every day" and ranges are handled separately.
    private static readonly Dictionary<string, DayOfWeek[]> DayWords = new(StringComparer.Ordinal)
    {
        ["mon"] = [DayOfWeek.Monday],
        ["monday"] = [DayOfWeek.Monday],
        ["mondays"] = [DayOfWeek.Monday],
        ["tue"] = [DayOfWeek.Tuesday],
        ["tues"] = [DayOfWeek.Tuesday],
        ["tuesday"] = [DayOfWeek.Tuesday],
        ["tuesdays"] = [DayOfWeek.Tuesday],
        ["wed"] = [DayOfWeek.Wednesday],
        ["weds"] = [DayOfWeek.Wednesday],
        ["wednesday"] = [DayOfWeek.Wednesday],
        ["wednesdays"] = [DayOfWeek.Wednesday],
        ["thu"] = [DayOfWeek.Thursday],
        ["thur"] = [DayOfWeek.Thursday],
        ["thurs"] = [DayOfWeek.Thursday],
        ["thursday"] = [DayOfWeek.Thursday],
        ["thursdays"] = [DayOfWeek.Thursday],
        ["fri"] = [DayOfWeek.Friday],
        ["friday"] = [DayOfWeek.Friday],
        ["fridays"] = [DayOfWeek.Friday],
        ["sat"] = [DayOfWeek.Saturday],
        ["saturday"] = [DayOfWeek.Saturday],
        ["saturdays"] = [DayOfWeek.Saturday],
        ["sun"] = [DayOfWeek.Sunday],
        ["sunday"] = [DayOfWeek.Sunday],
        ["sundays"] = [DayOfWeek.Sunday],
        ["weekday"] = Weekdays,
        ["weekdays"] = Weekdays,
        ["workday"] = Weekdays,
        ["workdays"] = Weekdays,
        ["weekend"] = Weekend,
        ["weekends"] = Weekend,
        ["daily"] = EveryDay,
        ["everyday"] = EveryDay,
    };

    private static readonly HashSet<string> RangeWords = new(StringComparer.Ordinal) { "to", "through", "thru", "till", "until", "-" };

    private static readonly HashSet<string> EachWords = new(StringComparer.Ordinal) { "every", "each" };

    public static ScheduleRequest Parse(string? text)
    {
        var lower = (text ?? string.Empty).ToLowerInvariant();
        return new ScheduleRequest(FindDays(lower), FindTime(lower));
    }

    private static List<DayOfWeek>? FindDays(string text)
    {
        var words = WordPattern().Matches(text).Select(match => match.Value).ToList();
        var days = new HashSet<DayOfWeek>();
        for (var index = 0; index < words.Count; index++)
        {
            if (EachWords.Contains(words[index]) && index + 1 < words.Count && words[index + 1] == "day")
            {
                days.UnionWith(EveryDay);
            }
            else if (SingleDay(words, index) is { } from && index + 2 < words.Count
                     && RangeWords.Contains(words[index + 1]) && SingleDay(words, index + 2) is { } to)
            {
                // "Monday to Friday", "mon-fri": every day from the first to the last, wrapping past Sunday.
                for (var day = from; ; day = (DayOfWeek)(((int)day + 1) % 7))
                {
                    days.Add(day);
                    if (day == to)
                    {
                        break;
                    }
                }

                index += 2;
            }
            else if (DayWords.TryGetValue(words[index], out var named))
            {
                days.UnionWith(named);
            }
        }

        return days.Count == 0 ? null : [.. EveryDay.Where(days.Contains)];
    }

    private static DayOfWeek? SingleDay(List<string> words, int index) =>
        DayWords.TryGetValue(words[index], out var named) && named.Length == 1 ? named[0] : null;

    private static TimeOnly? FindTime(string text)
    {
        if (NoonPattern().IsMatch(text))
        {
            return new TimeOnly(12, 0);
        }

        if (MidnightPattern().IsMatch(text))
        {
            return new TimeOnly(0, 0);
        }

        // A clock time says so (minutes, am/pm, or "at" before it); a bare number may be a count ("3 days a week").
        TimeOnly? firstBare = null;
        foreach (Match match in TimePattern().Matches(text))
        {
            if (ToTime(match) is not { } time)
            {
                continue;
            }

            if (match.Groups["minute"].Success || match.Groups["half"].Success || match.Groups["at"].Success)
            {
                return time;
            }

            firstBare ??= time;
        }

        return firstBare;
    }

    private static TimeOnly? ToTime(Match match)
    {
        var hour = int.Parse(match.Groups["hour"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var minute = match.Groups["minute"].Success
            ? int.Parse(match.Groups["minute"].Value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;
        var half = match.Groups["half"].Success ? match.Groups["half"].Value[0] : (char?)null;
        if (minute > 59 || hour > 23 || (half is not null && hour is 0 or > 12))
        {
            return null;
        }

        hour = half switch
        {
            'a' => hour % 12,
            'p' => hour % 12 + 12,
            _ => hour,
        };
        return new TimeOnly(hour, minute);
    }

    [GeneratedRegex(@"[a-z]+|-")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?:(?<at>\bat|@)\s*)?(?<![\d:.])(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?:(?<half>[ap])\.?m\b\.?)?(?![\d:])")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"\b(noon|midday)\b")]
    private static partial Regex NoonPattern();

    [GeneratedRegex(@"\bmidnight\b")]
    private static partial Regex MidnightPattern();
}
