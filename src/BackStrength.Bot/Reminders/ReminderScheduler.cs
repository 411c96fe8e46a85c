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
        await store.KeepIndexAliveAsync(cancellationToken);
        var sent = 0;
        foreach (var key in await store.KeysAsync(cancellationToken))
        {
            try
            {
                if (await TrySendAsync(key, cancellationToken))
                {
                    sent++;
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // One record the store cannot read or write must not hold back everybody listed after it.
                logger.LogError(error, "The reminder {Key} could not be checked; the others are still sent", key);
            }
        }

        return sent;
    }

    private async Task<bool> TrySendAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var reminder = await store.ReadAsync(key, cancellationToken);
        if (reminder is null || reminder.Paused || reminder.NextDueUtc > now)
        {
            return false;
        }

        // Occurrences missed while no instance was running collapse into this one send: the next one is
        // the first still in the future. A one-off has none: the claim finishes it, so it is sent once.
        var next = reminder.Schedule.NextOccurrenceAfter(now) ?? ReminderRecord.NeverDue;
        var claim = reminder.With(nextDueUtc: next, failedAttempts: 0);
        if (!await store.TryReplaceAsync(key, claim, cancellationToken))
        {
            return false;
        }

        try
        {
            await delivery.SendAsync(reminder.Conversation, cancellationToken);
            return true;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            logger.LogWarning(error, "A reminder could not be delivered (attempt {Attempt})", reminder.FailedAttempts + 1);
            await ScheduleRetryAsync(key, reminder.FailedAttempts + 1, next, cancellationToken);
            return false;
        }
    }

    /// <summary>Brings the reminder forward again after a failed send, waiting longer each time, within bounds.</summary>
    private async Task ScheduleRetryAsync(string key, int failures, DateTimeOffset nextOccurrence, CancellationToken cancellationToken)
    {
        var retryAt = time.GetUtcNow() + _options.RetryDelay * Math.Pow(2, failures - 1);
        if (failures > _options.MaxRetries || retryAt >= nextOccurrence)
        {
            return;
        }

        // Only if the record is still as the claim left it: a change by the person (new time, pause, stop) wins.
        var claimed = await store.ReadAsync(key, cancellationToken);
        if (claimed is { Paused: false, FailedAttempts: 0 } && claimed.NextDueUtc == nextOccurrence)
        {
            await store.TryReplaceAsync(key, claimed.With(nextDueUtc: retryAt, failedAttempts: failures), cancellationToken);
        }
    }
}
