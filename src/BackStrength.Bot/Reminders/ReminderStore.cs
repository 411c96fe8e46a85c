using BackStrength.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Reads and writes reminders and their index in the shared bot store. Every write is eTag-checked: a change
/// built from a stale read is rejected, then re-read and re-applied, so concurrent instances never lose one.
/// </summary>
public sealed class ReminderStore(IStorage storage, TimeProvider time)
{
    public const string IndexKey = "reminders/index";

    // Writers collide only in the same few milliseconds, so a handful of fresh attempts is plenty.
    private const int ConflictAttempts = 10;

    private static readonly TimeSpan IndexRefreshAge = TimeSpan.FromDays(1);

    public static string KeyOf(ChannelAccount user, string channelId) => $"reminders/{channelId}/{user.Id}";

    public static string KeyOf(IActivity activity) => KeyOf(activity.From, activity.ChannelId);

    public async Task<ReminderRecord?> ReadAsync(string key, CancellationToken cancellationToken) =>
        (await storage.ReadAsync([key], cancellationToken)).TryGetValue(key, out var value) ? value as ReminderRecord : null;

    /// <summary>Writes <paramref name="record"/> only if the stored one still has its eTag; false when it changed.</summary>
    public async Task<bool> TryReplaceAsync(string key, ReminderRecord record, CancellationToken cancellationToken)
    {
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = record }, cancellationToken);
            return true;
        }
        catch (StorageConcurrencyException)
        {
            return false;
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the stored reminder (null when there is none) and saves the result,
    /// retrying on conflicts; a null result leaves the store as it was. A saved reminder is listed in the index with
    /// its due time, after the record itself, so a poll never finds the index ahead of the record.
    /// </summary>
    public async Task<ReminderRecord?> UpdateAsync(string key, Func<ReminderRecord?, ReminderRecord?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var changed = change(await ReadAsync(key, cancellationToken));
            if (changed is null)
            {
                return null;
            }

            if (await TryReplaceAsync(key, changed, cancellationToken))
            {
                await UpdateIndexAsync(index => index.Track(key, ReminderIndex.HintFor(changed)), cancellationToken);
                return changed;
            }

            if (attempt == ConflictAttempts)
            {
                throw new StorageConcurrencyException(key);
            }
        }
    }

    /// <summary>Takes the reminder out of the index, so no scheduler sends it again, then deletes it.</summary>
    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await UpdateIndexAsync(index => index.Untrack(key), cancellationToken);
        await storage.DeleteAsync([key], cancellationToken);
    }

    public async Task<IReadOnlyList<string>> KeysAsync(CancellationToken cancellationToken) =>
        (await ReadIndexAsync(cancellationToken))?.Keys ?? [];

    /// <summary>
    /// The index as a poll starts from it (empty when there is none yet). An index that has not changed for a day
    /// is rewritten first, so the idle-state purge keeps it.
    /// </summary>
    public async Task<ReminderIndex> IndexForPollAsync(CancellationToken cancellationToken)
    {
        if (await ReadIndexAsync(cancellationToken) is not { } index)
        {
            return new ReminderIndex();
        }

        if (time.GetUtcNow() - index.WrittenUtc > IndexRefreshAge)
        {
            await TryWriteIndexAsync(index, cancellationToken);
        }

        return index;
    }

    /// <summary>
    /// Records the due times a poll read, against the index it started from (see <see cref="ReminderIndex.Refresh"/>),
    /// in one write at most.
    /// </summary>
    public Task RefreshDueHintsAsync(IReadOnlyDictionary<string, DateTimeOffset> readDueTimes, ReminderIndex seen, CancellationToken cancellationToken) =>
        readDueTimes.Count == 0
            ? Task.CompletedTask
            : UpdateIndexAsync(
                index => readDueTimes.Aggregate(false, (changed, read) => index.Refresh(read.Key, read.Value, seen.EarliestDue(read.Key)) | changed),
                cancellationToken);

    private async Task UpdateIndexAsync(Func<ReminderIndex, bool> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            // A new index has no eTag, so writing it only creates: two first reminders cannot overwrite each other.
            var index = await ReadIndexAsync(cancellationToken) ?? new ReminderIndex();
            if (!change(index))
            {
                return;
            }

            if (await TryWriteIndexAsync(index, cancellationToken))
            {
                return;
            }

            if (attempt == ConflictAttempts)
            {
                throw new StorageConcurrencyException(IndexKey);
            }
        }
    }

    private async Task<ReminderIndex?> ReadIndexAsync(CancellationToken cancellationToken) =>
        (await storage.ReadAsync([IndexKey], cancellationToken)).TryGetValue(IndexKey, out var value) ? value as ReminderIndex : null;

    private async Task<bool> TryWriteIndexAsync(ReminderIndex index, CancellationToken cancellationToken)
    {
        index.WrittenUtc = time.GetUtcNow();
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [IndexKey] = index }, cancellationToken);
            return true;
        }
        catch (StorageConcurrencyException)
        {
            return false;
        }
    }
}
