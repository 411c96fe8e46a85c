namespace BackStrength.Bot.Reminders;

/// <summary>How the reminder scheduler runs, from the "ReminderScheduler" configuration section.</summary>
public sealed class ReminderOptions
{
    public const string Section = "ReminderScheduler";

    public const string UsableRanges =
        "ReminderScheduler: PollInterval must be between 1 ms and 49 days (a timer's limit), RetryDelay and SnoozeFor above zero, MaxRetries 0 or more, PlanMinutes 1 or more, FollowCheckInterval zero or more.";

    // The longest period a .NET timer accepts (uint.MaxValue - 1 milliseconds), rounded down to whole days.
    private static readonly TimeSpan LongestPoll = TimeSpan.FromDays(49);

    /// <summary>How often each instance looks for due reminders; a reminder arrives at most this late.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The wait before the first retry of a failed send; each further retry waits twice as long.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Retries of one occurrence before it is given up and the next occurrence is awaited.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>How long "snooze" puts the next reminder off.</summary>
    public TimeSpan SnoozeFor { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The session length of the plan a reminder previews; the person picks the real length on starting.</summary>
    public int PlanMinutes { get; set; } = 10;

    /// <summary>
    /// How often a conversation checks that the person's reminder points to it: on its first message, then at most
    /// this often, so a message does not cost a storage read each time (zero checks on every message).
    /// </summary>
    public TimeSpan FollowCheckInterval { get; set; } = TimeSpan.FromMinutes(10);

    public static bool AreUsable(ReminderOptions options) =>
        options.PollInterval >= TimeSpan.FromMilliseconds(1) && options.PollInterval <= LongestPoll
        && options.RetryDelay > TimeSpan.Zero && options.SnoozeFor > TimeSpan.Zero
        && options.MaxRetries >= 0 && options.PlanMinutes >= 1 && options.FollowCheckInterval >= TimeSpan.Zero;
}
