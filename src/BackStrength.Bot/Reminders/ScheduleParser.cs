using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Reads the days and the time out of a typed request such as "remind me Monday, Wednesday and Friday at 9",
/// "weekdays at 8:30", "every day at 7pm" or "tue thu 12:15", with the words of Content/conversation.json.
/// "Today", "tomorrow" and "tonight" make it a one-off on that date instead. Plain text in, plain values out.
/// </summary>
public sealed partial class ScheduleParser
{
    private static readonly DayOfWeek[] Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    private static readonly DayOfWeek[] Weekend = [DayOfWeek.Saturday, DayOfWeek.Sunday];

    private static readonly DayOfWeek[] EveryDay = [.. Weekdays, .. Weekend];

    // Longest first, so "every day" is read before a shorter phrase that starts the same way.
    private readonly List<(string[] Words, DayOfWeek[] Days)> _dayPhrases;
    private readonly List<string[]> _ranges;
    private readonly List<string[]> _except;
    private readonly List<string[]> _until;
    private readonly List<string[]> _nextWeek;
    private readonly List<string[]> _noon;
    private readonly List<string[]> _midnight;
    private readonly List<string[]> _today;
    private readonly List<string[]> _tomorrow;
    private readonly List<string[]> _tonight;
    private readonly TimeOnly? _tonightAt;
    private readonly int _earliestMorningHour;
    private readonly List<string[]> _repeating;
    private readonly Dictionary<string, int> _lengthDays;
    private readonly List<(string[] Words, int Number)> _counts;

    public ScheduleParser(IOptions<ReminderTexts> texts)
    {
        var words = texts.Value.ScheduleWords;
        _dayPhrases =
        [
            .. words.Days.SelectMany(day => day.Value.Select(phrase => (Words(phrase), new[] { day.Key })))
                .Concat(words.Weekdays.Select(phrase => (Words(phrase), Weekdays)))
                .Concat(words.Weekends.Select(phrase => (Words(phrase), Weekend)))
                .Concat(words.EveryDay.Select(phrase => (Words(phrase), EveryDay)))
                .OrderByDescending(phrase => phrase.Item1.Length),
        ];
        _ranges = Phrases(words.Ranges);
        _except = Phrases(words.Except);
        _until = Phrases(words.Until);
        _nextWeek = Phrases(words.NextWeek);
        _noon = Phrases(words.Noon);
        _midnight = Phrases(words.Midnight);
        _today = Phrases(words.Today);
        _tomorrow = Phrases(words.Tomorrow);
        _tonight = Phrases(words.Tonight);
        _tonightAt = words.TonightTime();
        _earliestMorningHour = words.EarliestMorningHour;
        _repeating = Phrases(words.Repeating);
        _lengthDays = new Dictionary<string, int>(words.LengthDays, StringComparer.OrdinalIgnoreCase);
        _counts = [.. words.Counts.Select(count => (Words(count.Key), count.Value)).OrderByDescending(count => count.Item1.Length)];
    }

    public ScheduleRequest Parse(string? text)
    {
        var lower = (text ?? string.Empty).ToLowerInvariant();
        var words = Words(lower);
        var time = InWakingHours(FindTime(lower, words));
        if (Contains(_tonight, words))
        {
            // "Tonight at 8" is 20:00: in the evening a bare hour before noon means the afternoon clock.
            var evening = time is { Time: var said, HalfOfDaySaid: false } && said.Hour is >= 1 and < 12 ? said.AddHours(12) : time?.Time;
            return new ScheduleRequest(null, evening ?? _tonightAt, DaysFromToday: 0);
        }

        int? daysFromToday = Contains(_tomorrow, words) ? 1 : Contains(_today, words) ? 0 : null;
        var (days, exceptDays) = daysFromToday is null ? FindDays(words) : (null, null);
        return new ScheduleRequest(days, time?.Time, daysFromToday,
            HalfOfDayOpen: time is { HalfOfDaySaid: false, Time.Hour: >= 1 and < 12 }, ExceptDays: exceptDays,
            Repeats: Contains(_repeating, words));
    }

    /// <summary>Whether the message says when a pause ends: a day ("until monday") or a length ("for two weeks").</summary>
    public bool NamesPauseEnd(string? text) => UntilDay(text) is not null || LengthInDays(text) is not null;

    /// <summary>
    /// The local date a pause ends on, counted from <paramref name="today"/>: the next such day for "until monday" or
    /// "till next week" (a week on when it names today), that many days on for "for two weeks"; null when neither is said.
    /// </summary>
    public DateOnly? PauseEnd(string? text, DateOnly today) =>
        UntilDay(text) is { } day ? ReminderSchedule.NextDateOn(today, day)
        : LengthInDays(text) is { } days ? today.AddDays(days)
        : null;

    /// <summary>
    /// A length of time in days: a count and then a length word ("two weeks", "3 days", "a couple of days"); null when
    /// the message names none.
    /// </summary>
    private int? LengthInDays(string? text)
    {
        var words = Words(text ?? string.Empty);
        for (var index = 1; index < words.Length; index++)
        {
            if (_lengthDays.TryGetValue(words[index], out var days) && CountEndingAt(words, index) is { } count)
            {
                return days * count;
            }
        }

        return null;
    }

    /// <summary>The number the words just before <paramref name="end"/> count: digits, or one of the count words.</summary>
    private int? CountEndingAt(string[] words, int end)
    {
        // At most three digits: a longer number is no pause anyone means, and would run past the calendar.
        if (words[end - 1] is { Length: <= 3 } digits && int.TryParse(digits, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        return _counts.FirstOrDefault(count => end >= count.Words.Length && StartsAt(count.Words, words, end - count.Words.Length)) is ({ } _, var counted)
            ? counted
            : null;
    }

    /// <summary>
    /// The day a pause lasts until: "until monday", "till next week" (a Monday); null when the message names no single
    /// day after such a word.
    /// </summary>
    private DayOfWeek? UntilDay(string? text)
    {
        var words = Words(text ?? string.Empty);
        var untilAt = Enumerable.Range(0, words.Length).FirstOrDefault(index => LengthAt(_until, words, index) is not null, -1);
        if (untilAt < 0)
        {
            return null;
        }

        var after = words[(untilAt + LengthAt(_until, words, untilAt)!.Value)..];
        return Contains(_nextWeek, after) ? DayOfWeek.Monday
            : NamedDays(after) is [var day] ? day
            : null;
    }

    /// <summary>
    /// The days named, and apart from them the days named after an exception word, which are to be left out: "every day
    /// except weekends", "weekdays but not fridays", "not on saturdays and sundays".
    /// </summary>
    private (List<DayOfWeek>? Days, List<DayOfWeek>? ExceptDays) FindDays(string[] words)
    {
        var exceptAt = Enumerable.Range(0, words.Length).FirstOrDefault(index => LengthAt(_except, words, index) is not null, words.Length);
        var afterExcept = exceptAt < words.Length ? exceptAt + LengthAt(_except, words, exceptAt)!.Value : words.Length;
        return (NamedDays(words[..exceptAt]), NamedDays(words[afterExcept..]));
    }

    private List<DayOfWeek>? NamedDays(string[] words)
    {
        var days = new HashSet<DayOfWeek>();
        var index = 0;
        while (index < words.Length)
        {
            if (DaysAt(words, index) is not { } found)
            {
                index++;
                continue;
            }

            var (named, length) = found;
            index += length;
            if (named.Length == 1 && LengthAt(_ranges, words, index) is { } rangeLength
                && DaysAt(words, index + rangeLength) is ([var to], var toLength))
            {
                // "Monday to Friday", "mon-fri": every day from the first to the last, wrapping past Sunday.
                for (var day = named[0]; ; day = (DayOfWeek)(((int)day + 1) % 7))
                {
                    days.Add(day);
                    if (day == to)
                    {
                        break;
                    }
                }

                index += rangeLength + toLength;
                continue;
            }

            days.UnionWith(named);
        }

        return days.Count == 0 ? null : [.. EveryDay.Where(days.Contains)];
    }

    private (DayOfWeek[] Days, int Length)? DaysAt(string[] words, int index)
    {
        foreach (var (phrase, days) in _dayPhrases)
        {
            if (StartsAt(phrase, words, index))
            {
                return (days, phrase.Length);
            }
        }

        return null;
    }

    private static int? LengthAt(List<string[]> phrases, string[] words, int index) =>
        phrases.FirstOrDefault(phrase => StartsAt(phrase, words, index))?.Length;

    private static bool Contains(List<string[]> phrases, string[] words) =>
        Enumerable.Range(0, words.Length).Any(index => LengthAt(phrases, words, index) is not null);

    private static bool StartsAt(string[] phrase, string[] words, int index) =>
        index + phrase.Length <= words.Length && phrase.AsSpan().SequenceEqual(words.AsSpan(index, phrase.Length));

    private static List<string[]> Phrases(List<string> phrases) =>
        [.. phrases.Select(Words).OrderByDescending(phrase => phrase.Length)];

    private static string[] Words(string text) =>
        [.. WordPattern().Matches(text.ToLowerInvariant()).Select(match => match.Value)];

    /// <summary>The time, and whether the message itself said which half of the day (am/pm, noon, midnight, "09:00").</summary>
    private (TimeOnly Time, bool HalfOfDaySaid)? FindTime(string text, string[] words)
    {
        if (Contains(_noon, words))
        {
            return (new TimeOnly(12, 0), true);
        }

        if (Contains(_midnight, words))
        {
            return (new TimeOnly(0, 0), true);
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
                // "09:00" is written on the 24-hour clock, which says the half of the day as plainly as "am".
                return (time, match.Groups["half"].Success || match.Groups["hour"].Value.StartsWith('0'));
            }

            if (!CountsALength(text, match))
            {
                firstBare ??= time;
            }
        }

        return firstBare is { } bare ? (bare, false) : null;
    }

    /// <summary>"For 3 days": the bare number counts the length after it rather than telling a time.</summary>
    private bool CountsALength(string text, Match match) =>
        WordPattern().Match(text, match.Index + match.Length) is { Success: true } next
        && string.IsNullOrWhiteSpace(text[(match.Index + match.Length)..next.Index])
        && _lengthDays.ContainsKey(next.Value);

    /// <summary>A bare hour in the small hours ("at 4:30") moved to the afternoon, where it says which half of the day it is.</summary>
    private (TimeOnly Time, bool HalfOfDaySaid)? InWakingHours((TimeOnly Time, bool HalfOfDaySaid)? time) =>
        time is { HalfOfDaySaid: false, Time: var said } && said.Hour >= 1 && said.Hour < _earliestMorningHour ? (said.AddHours(12), true) : time;

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

    // Digits are words too, so that a count ("3 days") can be read; no day or time phrase contains one.
    [GeneratedRegex(@"[a-z]+|\d+|-")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"(?:(?<at>\bat|@)\s*)?(?<![\d:.])(?<hour>\d{1,2})(?:[:.](?<minute>\d{2}))?\s*(?:(?<half>[ap])\.?m\b\.?)?(?![\d:])")]
    private static partial Regex TimePattern();
}
