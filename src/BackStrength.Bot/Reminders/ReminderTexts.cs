namespace BackStrength.Bot.Reminders;

/// <summary>What the bot says about reminders, bound from the "Reminders" section of Content/conversation.json.</summary>
public sealed class ReminderTexts
{
    public const string Section = "Reminders";

    public string AskSchedule { get; set; } = string.Empty;

    public string AskTimeZone { get; set; } = string.Empty;

    public string TimeZoneRetry { get; set; } = string.Empty;

    /// <summary>{0}: the schedule in words.</summary>
    public string Confirmed { get; set; } = string.Empty;

    /// <summary>{0}: the schedule in words.</summary>
    public string Current { get; set; } = string.Empty;

    /// <summary>
    /// A weekly reminder shown: {0} the schedule in words, {1} the moment of the next one, which a pause or a snooze may
    /// have put off.
    /// </summary>
    public string CurrentWithNext { get; set; } = string.Empty;

    /// <summary>{0}: the schedule in words.</summary>
    public string CurrentPaused { get; set; } = string.Empty;

    public string NoReminder { get; set; } = string.Empty;

    /// <summary>Said when the person cancels while a reminder is being set: nothing stored was changed.</summary>
    public string NotSet { get; set; } = string.Empty;

    public string Paused { get; set; } = string.Empty;

    /// <summary>{0}: the schedule in words.</summary>
    public string Resumed { get; set; } = string.Empty;

    /// <summary>{0}: when the next reminder comes, in the person's time.</summary>
    public string Snoozed { get; set; } = string.Empty;

    public string Stopped { get; set; } = string.Empty;

    /// <summary>Days dropped from a weekly reminder ("drop the friday one"): {0}: the days dropped, {1}: the schedule left.</summary>
    public string DaysDropped { get; set; } = string.Empty;

    /// <summary>Days to drop that the weekly reminder does not have: {0}: those days, {1}: the schedule, unchanged.</summary>
    public string DaysNotInReminder { get; set; } = string.Empty;

    /// <summary>A one-off ("tomorrow") asked for without a time.</summary>
    public string AskOnceTime { get; set; } = string.Empty;

    /// <summary>"Today at 9" after 9, asking for another time: {0}: the time asked for (HH:mm), {1}: the time zone id.</summary>
    public string OncePassed { get; set; } = string.Empty;

    /// <summary>Asked again when the answer to <see cref="OncePassed"/> has no time in it.</summary>
    public string OnceTimeRetry { get; set; } = string.Empty;

    /// <summary>Resuming a one-off whose time passed while it was paused.</summary>
    public string OnceMissed { get; set; } = string.Empty;

    public string DueTitle { get; set; } = string.Empty;

    public string DueWithPlan { get; set; } = string.Empty;

    public string DueWithoutPlan { get; set; } = string.Empty;

    public string ReadyQuestion { get; set; } = string.Empty;

    public string StartButton { get; set; } = string.Empty;

    public string SnoozeButton { get; set; } = string.Empty;

    /// <summary>{0}: days, {1}: time (HH:mm), {2}: time zone id.</summary>
    public string ScheduleFormat { get; set; } = string.Empty;

    /// <summary>A .NET date format for a one-off time, such as the end of a snooze.</summary>
    public string MomentFormat { get; set; } = string.Empty;

    /// <summary>A one-off in words: {0}: the day (see <see cref="OnceToday"/>), {1}: time (HH:mm), {2}: time zone id.</summary>
    public string OnceFormat { get; set; } = string.Empty;

    /// <summary>A .NET date format for the day of a one-off, e.g. "Thu 27 Nov".</summary>
    public string DateFormat { get; set; } = string.Empty;

    /// <summary>{0}: the date, when the one-off is today.</summary>
    public string OnceToday { get; set; } = string.Empty;

    /// <summary>{0}: the date, when the one-off is tomorrow.</summary>
    public string OnceTomorrow { get; set; } = string.Empty;

    public string EveryDay { get; set; } = string.Empty;

    public string Weekdays { get; set; } = string.Empty;

    public string Weekends { get; set; } = string.Empty;

    /// <summary>Words that pick a reminder command, matched as whole words in the message.</summary>
    public Dictionary<ReminderCommand, List<string>> Commands { get; set; } = [];

    /// <summary>
    /// Words that change the reminder already set rather than ask for a new one ("make it 11", "move it to mondays"):
    /// what the change does not name, it keeps.
    /// </summary>
    public List<string> ChangeWords { get; set; } = [];

    /// <summary>
    /// Words that point back at the reminder just talked about ("turn them back on", "cancel that"), so a command
    /// without the word "reminder" is still about it.
    /// </summary>
    public List<string> PointingBackWords { get; set; } = [];

    /// <summary>
    /// Words saying a place in the message is a time zone ("9 new york time", "my time zone is Tokyo"): only beside one
    /// is a city in a request read as the reminder's zone, since many zones are named after common words.
    /// </summary>
    public List<string> TimeZoneWords { get; set; } = [];

    /// <summary>
    /// Regions people name instead of a city ("west coast time", "eastern"), each under the zone most people saying it
    /// mean. They are read before city names, so "west coast" is never a zone that happens to be called "West".
    /// </summary>
    public Dictionary<string, List<string>> TimeZoneRegions { get; set; } = [];

    /// <summary>The words a typed schedule is read with ("mon-fri at 9").</summary>
    public ScheduleWords ScheduleWords { get; set; } = new();
}

/// <summary>
/// Words and phrases that name days and times in a typed schedule. Each entry may be several words ("every day");
/// "-" counts as a word, so "mon-fri" is a range.
/// </summary>
public sealed class ScheduleWords
{
    public Dictionary<DayOfWeek, List<string>> Days { get; set; } = [];

    public List<string> Weekdays { get; set; } = [];

    public List<string> Weekends { get; set; } = [];

    public List<string> EveryDay { get; set; } = [];

    /// <summary>Words before the day a pause lasts until ("pause reminders until monday").</summary>
    public List<string> Until { get; set; } = [];

    /// <summary>
    /// Words for a length of time, each with how many days it is: "pause reminders for two weeks" ends by itself 14 days
    /// on. A number before one of them counts it rather than tells a time ("no reminders for 3 days").
    /// </summary>
    public Dictionary<string, int> LengthDays { get; set; } = [];

    /// <summary>
    /// Words that count a length ("two weeks", "a couple of days"), each with its number; digits count as they are. A
    /// length is read only after a count, so "every day" in "stop reminding me every day" is not one.
    /// </summary>
    public Dictionary<string, int> Counts { get; set; } = [];

    /// <summary>
    /// Words that say days repeat ("every friday", "weekly", "mondays"): without one, a one-off moved to a day ("actually
    /// friday") stays a one-off on the next such day.
    /// </summary>
    public List<string> Repeating { get; set; } = [];

    /// <summary>Words for the start of next week, the Monday a pause "until next week" ends on.</summary>
    public List<string> NextWeek { get; set; } = [];

    /// <summary>Words before days to leave out ("every day except weekends", "not on fridays").</summary>
    public List<string> Except { get; set; } = [];

    /// <summary>Words between two days that mean every day from the first to the last ("to", "-").</summary>
    public List<string> Ranges { get; set; } = [];

    public List<string> Noon { get; set; } = [];

    public List<string> Midnight { get; set; } = [];

    /// <summary>Words that make the reminder a one-off later today ("today").</summary>
    public List<string> Today { get; set; } = [];

    /// <summary>Words that make the reminder a one-off tomorrow ("tomorrow", "tmrw").</summary>
    public List<string> Tomorrow { get; set; } = [];

    /// <summary>
    /// Words for a one-off this evening ("tonight"): a time without am/pm is read as evening ("tonight at 8" is
    /// 20:00), and without a time <see cref="TonightAt"/> is used.
    /// </summary>
    public List<string> Tonight { get; set; } = [];

    /// <summary>The time (HH:mm) "tonight" means when no time is given.</summary>
    public string TonightAt { get; set; } = string.Empty;

    /// <summary>
    /// A bare hour before this one, without am/pm ("at 4:30", "weekdays at 5"), is the afternoon's: nobody asks to exercise
    /// in the small hours. Zero reads every bare hour as said.
    /// </summary>
    public int EarliestMorningHour { get; set; }

    /// <summary><see cref="TonightAt"/> as a time, or null when it is not one (start-up reports that).</summary>
    public TimeOnly? TonightTime() =>
        TimeOnly.TryParseExact(TonightAt, "HH:mm", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var time)
            ? time
            : null;
}
