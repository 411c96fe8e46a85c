using BackStrength.Storage;
using Microsoft.Bot.Builder;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>
/// A fault injector around the real store: every call passes through until the test breaks it, then calls
/// touching the chosen keys fail the way an unreachable store does (an I/O error) until it is repaired. Only the
/// failure is simulated; everything stored is the real store's.
/// </summary>
public sealed class FaultInjectingStorage(IStorage inner) : IStorage, IStorageReadiness, IStateExpiry
{
    private volatile Func<string, bool>? _failingKeys;
    private HeldWrite? _heldWrite;
    private int _injectedFailures;

    /// <summary>How many calls failed on purpose, so a test can tell the fault was really hit.</summary>
    public int InjectedFailures => Volatile.Read(ref _injectedFailures);

    /// <summary>The whole store becomes unreachable.</summary>
    public void Break() => _failingKeys = _ => true;

    /// <summary>Only calls touching keys that match fail, e.g. the conversation's state but not the turn gate.</summary>
    public void BreakWhere(Func<string, bool> failingKeys) => _failingKeys = failingKeys;

    public void Repair() => _failingKeys = null;

    /// <summary>
    /// The next write touching a matching key waits, as on a slow store, until the test releases it; the task it
    /// returns gives the cancellation token the write was called with, once the write has been reached.
    /// </summary>
    public HeldWrite HoldNextWriteOf(Func<string, bool> keys) => _heldWrite = new HeldWrite(keys);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ThrowIfBroken(keys);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ThrowIfBroken(changes.Keys);
        if (_heldWrite is { } held && changes.Keys.Any(held.Keys) && Interlocked.CompareExchange(ref _heldWrite, null, held) == held)
        {
            held.Reached.TrySetResult(cancellationToken);
            await held.Released.Task;
        }

        await inner.WriteAsync(changes, cancellationToken);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ThrowIfBroken(keys);
        return inner.DeleteAsync(keys, cancellationToken);
    }

    public Task<bool> CheckAsync(CancellationToken cancellationToken) =>
        _failingKeys is not null ? Task.FromResult(false)
        : inner is IStorageReadiness readiness ? readiness.CheckAsync(cancellationToken)
        : Task.FromResult(true);

    public Task<int> PurgeIdleAsync(TimeSpan olderThan, CancellationToken cancellationToken) =>
        inner is IStateExpiry expiry ? expiry.PurgeIdleAsync(olderThan, cancellationToken) : Task.FromResult(0);

    private void ThrowIfBroken(IEnumerable<string> keys)
    {
        if (_failingKeys is { } failing && keys.Any(failing))
        {
            Interlocked.Increment(ref _injectedFailures);
            throw new IOException("Injected fault: the state store did not answer.");
        }
    }
}

/// <summary>A write kept waiting by <see cref="FaultInjectingStorage.HoldNextWriteOf"/>.</summary>
public sealed class HeldWrite(Func<string, bool> keys)
{
    public Func<string, bool> Keys { get; } = keys;

    public TaskCompletionSource<CancellationToken> Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
