using Microsoft.Bot.Builder;

namespace BackStrength.Reminders.Tests.Support;

/// <summary>A real store that also counts how often one key is read, to see the storage traffic a message causes.</summary>
public sealed class KeyReadCounter(IStorage store, string key) : IStorage
{
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        if (keys.Contains(key))
        {
            Interlocked.Increment(ref _reads);
        }

        return store.ReadAsync(keys, cancellationToken);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default) =>
        store.WriteAsync(changes, cancellationToken);

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default) =>
        store.DeleteAsync(keys, cancellationToken);
}
