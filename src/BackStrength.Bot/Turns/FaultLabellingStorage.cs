using BackStrength.Storage;
using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Turns;

/// <summary>
/// Wraps the configured store so that its failures reach the turn error handler labelled as storage faults:
/// the person then gets an apology and their saved state is left alone, instead of being reset as after a bug.
/// Optimistic-concurrency conflicts pass through unchanged; callers handle those themselves. The inner store's
/// readiness probe, idle-state purge and writes of serialised state show through, so /readyz and the expiry still
/// reach the real store.
/// </summary>
public sealed class FaultLabellingStorage(IStorage inner) : IStorage, IStoredTextWriter, IStorageReadiness, IStateExpiry
{
    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default) =>
        LabelAsync(nameof(ReadAsync), () => inner.ReadAsync(keys, cancellationToken));

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        LabelAsync(nameof(WriteAsync), async () =>
        {
            await inner.WriteAsync(changes, cancellationToken);
            return true;
        });

    public Task WriteTextAsync(string key, object value, string text, CancellationToken cancellationToken) =>
        LabelAsync(nameof(WriteAsync), async () =>
        {
            await inner.WriteStateTextAsync(key, value, text, cancellationToken);
            return true;
        });

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        LabelAsync(nameof(DeleteAsync), async () =>
        {
            await inner.DeleteAsync(keys, cancellationToken);
            return true;
        });

    /// <summary>A store with nothing outside the process (memory) is always ready.</summary>
    public Task<bool> CheckAsync(CancellationToken cancellationToken) =>
        inner is IStorageReadiness readiness ? readiness.CheckAsync(cancellationToken) : Task.FromResult(true);

    /// <summary>A store without an idle purge of its own has nothing to purge.</summary>
    public Task<int> PurgeIdleAsync(TimeSpan olderThan, CancellationToken cancellationToken) =>
        inner is IStateExpiry expiry ? expiry.PurgeIdleAsync(olderThan, cancellationToken) : Task.FromResult(0);

    /// <summary>Runs a storage call, so that its failure reaches the turn error handler as a storage fault.</summary>
    internal static async Task<T> LabelAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception error) when (error is not (StorageConcurrencyException or ArgumentException or OperationCanceledException or StorageUnavailableException))
        {
            throw new StorageUnavailableException(operation, error);
        }
    }
}
