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
    private int _injectedFailures;

    /// <summary>How many calls failed on purpose, so a test can tell the fault was really hit.</summary>
    public int InjectedFailures => Volatile.Read(ref _injectedFailures);

    /// <summary>The whole store becomes unreachable.</summary>
    public void Break() => _failingKeys = _ => true;

    /// <summary>Only calls touching keys that match fail, e.g. the conversation's state but not the turn gate.</summary>
    public void BreakWhere(Func<string, bool> failingKeys) => _failingKeys = failingKeys;

    public void Repair() => _failingKeys = null;

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ThrowIfBroken(keys);
        return inner.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ThrowIfBroken(changes.Keys);
        return inner.WriteAsync(changes, cancellationToken);
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
