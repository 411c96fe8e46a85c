using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// One person's reminder, stored under <see cref="ReminderStore.KeyOf(ChannelAccount, string)"/>. Its eTag makes
/// every change a compare-and-swap, which is how only one scheduler instance claims each occurrence.
/// </summary>
public sealed class ReminderRecord : IStoreItem
{
    public required ReminderSchedule Schedule { get; init; }

    /// <summary>Where the reminder is sent: the conversation the person last wrote in.</summary>
    public required ConversationReference Conversation { get; init; }

    /// <summary>When a scheduler should next send it: an occurrence, a snooze or a retry.</summary>
    public DateTimeOffset NextDueUtc { get; init; }

    public bool Paused { get; init; }

    /// <summary>The due time of a one-off that has been sent: never due again.</summary>
    public static readonly DateTimeOffset NeverDue = DateTimeOffset.MaxValue;

    /// <summary>
    /// A one-off already sent. It is kept, never due, so the Snooze button on the reminder it sent still works;
    /// to everything else it is as if there were no reminder.
    /// </summary>
    [Newtonsoft.Json.JsonIgnore]
    public bool Finished => Schedule.Once && NextDueUtc == NeverDue;

    /// <summary>Failed sends of the current occurrence so far; 0 once one got through.</summary>
    public int FailedAttempts { get; init; }

    public string? ETag { get; set; }

    /// <summary>A copy carrying the same eTag, so writing it succeeds only if nobody changed the record since.</summary>
    public ReminderRecord With(
        ReminderSchedule? schedule = null,
        ConversationReference? conversation = null,
        DateTimeOffset? nextDueUtc = null,
        bool? paused = null,
        int? failedAttempts = null) => new()
        {
            Schedule = schedule ?? Schedule,
            Conversation = conversation ?? Conversation,
            NextDueUtc = nextDueUtc ?? NextDueUtc,
            Paused = paused ?? Paused,
            FailedAttempts = failedAttempts ?? FailedAttempts,
            ETag = ETag,
        };
}
