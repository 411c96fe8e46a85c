using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Sends the reminders that are due. Any number of instances may run this at once against the shared store:
/// an occurrence is claimed by advancing its <see cref="ReminderRecord.NextDueUtc"/> with an eTag-checked
/// write, and only the instance whose write succeeded sends it.
/// </summary>
public sealed class ReminderScheduler(
    ReminderStore store,
    ReminderDelivery delivery,
    TimeProvider time,
    IOptions<ReminderOptions> options,
    ILogger<ReminderScheduler> logger)
{
    private readonly ReminderOptions _options = options.Value;

    /// <summary>Sends every due reminder this instance manages to claim; returns how many got through.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var index = await store.IndexForPollAsync(cancellationToken);
        var dueTimesRead = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var sent = 0;
        foreach (var key in index.MaybeDue(time.GetUtcNow()))
        {
            try
            {
                var check = await TrySendAsync(key, cancellationToken);
                if (check.Sent)
                {
                    sent++;
                }

                if (check.DueAfter is { } due)
                {
                    dueTimesRead[key] = due;
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One record the store cannot read or write must not hold back everybody listed after it.
                logger.LogError(error, "The reminder {Key} could not be checked; the others are still sent", key);
            }
        }

        // So the next polls skip what is not due yet: a reminder just sent is not due again until tomorrow or next week.
        await store.RefreshDueHintsAsync(dueTimesRead, index, cancellationToken);
        return sent;
    }

    /// <summary>Sends the reminder if it is due and this instance claims it; says when it is due after that, when known.</summary>
    private async Task<(bool Sent, DateTimeOffset? DueAfter)> TrySendAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reminder = await store.ReadAsync(key, cancellationToken);
        if (reminder is null)
        {
            return (false, null);
        }

        if (reminder.Paused || reminder.NextDueUtc > now)
        {
            return (false, ReminderIndex.HintFor(reminder));
        }

        // Occurrences missed while no instance was running collapse into this one send: the next one is
        // the first still in the future. A one-off has none: the claim finishes it, so it is sent once.
        var next = reminder.Schedule.NextOccurrenceAfter(now) ?? ReminderRecord.NeverDue;
        var claim = reminder.With(nextDueUtc: next, failedAttempts: 0);
        if (!await store.TryReplaceAsync(key, claim, cancellationToken))
        {
            // Another instance claimed it, or its owner changed it: whoever did knows its new time.
            return (false, null);
        }

        try
        {
            await delivery.SendAsync(reminder.Conversation, cancellationToken);
            return (true, next);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "A reminder could not be delivered (attempt {Attempt})", reminder.FailedAttempts + 1);
            return (false, await ScheduleRetryAsync(key, reminder.FailedAttempts + 1, next, cancellationToken));
        }
    }

    /// <summary>
    /// Brings the reminder forward again after a failed send, waiting longer each time, within bounds. Returns when
    /// it is due now: the retry, or the next occurrence when no retry is left or the record changed meanwhile.
    /// </summary>
    private async Task<DateTimeOffset> ScheduleRetryAsync(string key, int failures, DateTimeOffset nextOccurrence, CancellationToken cancellationToken)
    {
        var retryAt = time.GetUtcNow() + _options.RetryDelay * Math.Pow(2, failures - 1);
        if (failures > _options.MaxRetries || retryAt >= nextOccurrence)
        {
            return nextOccurrence;
        }

        // Only if the record is still as the claim left it: a change by the person (new time, pause, stop) wins.
        var claimed = await store.ReadAsync(key, cancellationToken);
        return claimed is { Paused: false, FailedAttempts: 0 } && claimed.NextDueUtc == nextOccurrence
            && await store.TryReplaceAsync(key, claimed.With(nextDueUtc: retryAt, failedAttempts: failures), cancellationToken)
            ? retryAt
            : nextOccurrence;
    }
}
