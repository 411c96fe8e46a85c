using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Tests.Support;

/// <summary>
/// A fault injector around the app's store: passes every call through, except that once armed, the next read
/// of a chosen key throws. Only the failure is simulated; everything stored is the real store's.
/// </summary>
public sealed class FaultyStorage(IStorage inner) : IStorage
{
    private Func<string, bool>? _failReadOf;

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

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        inner.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        inner.DeleteAsync(keys, cancellationToken);
}
