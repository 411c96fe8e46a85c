using BackStrength.Storage;
using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Tests.Support;

/// <summary>
/// A fault injector around the app's store: passes every call through, except that once armed, the next read
/// of a chosen key throws. Only the failure is simulated; everything stored is the real store's. It also notes
/// which keys were written, so tests can tell which turns saved what.
/// </summary>
public sealed class FaultyStorage(IStorage inner) : IStorage, IStoredTextWriter
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _written = new();
    private Func<string, bool>? _failReadOf;

    /// <summary>Every key written so far, in order, once per write.</summary>
    public IReadOnlyList<string> WrittenKeys => [.. _written];

    /// <summary>The next read of a key matching <paramref name="key"/> throws; later reads work again.</summary>
    public void FailNextReadOf(Func<string, bool> key) => Interlocked.Exchange(ref _failReadOf, key);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        if (_failReadOf is { } failing && keys.Any(failing) && Interlocked.CompareExchange(ref _failReadOf, null, failing) == failing)
        {
            throw new InvalidOperationException("Injected failure: the read of " + string.Join(", ", keys) + " broke.");
        }

        return inner.ReadAsync(keys, cancellationToken);
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        await inner.WriteAsync(changes, cancellationToken);
        foreach (var key in changes.Keys)
        {
            _written.Enqueue(key);
        }
    }

    public async Task WriteTextAsync(string key, object value, string text, CancellationToken cancellationToken)
    {
        await inner.WriteStateTextAsync(key, value, text, cancellationToken);
        _written.Enqueue(key);
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(keys, cancellationToken);
}
