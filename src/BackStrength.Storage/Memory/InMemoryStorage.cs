using BackStrength.Storage.Serialization;
using Microsoft.Bot.Builder;

namespace BackStrength.Storage.Memory;

/// <summary>
/// Bot state held in this process only, for development, tests and single-instance demos. It stores the same JSON
/// documents under the same eTag rules as the durable stores, so what works here works on SQLite and Azure Blob.
/// Unlike the SDK's MemoryStorage it serialises outside its lock, so concurrent turns do not queue behind each
/// other's JSON, and a write of several items is all-or-nothing.
/// </summary>
public sealed class InMemoryStorage(TimeProvider timeProvider) : IStorage, IStoredTextWriter, IStateExpiry, IStorageReadiness
{
    private readonly Dictionary<string, StoredDocument> _documents = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new List<(string Key, StoredDocument Document)>(keys.Length);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                if (_documents.TryGetValue(key, out var document))
                {
                    found.Add((key, document));
                }
            }
        }

        IDictionary<string, object> items = new Dictionary<string, object>(found.Count, StringComparer.Ordinal);
        foreach (var (key, document) in found)
        {
            items[key] = StateSerializer.Deserialize(document.Json, document.ETag);
        }
        return Task.FromResult(items);
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return WriteDocuments(StateDocument.FromChanges(changes));
    }

    public Task WriteTextAsync(string key, object value, string text, CancellationToken cancellationToken) =>
        WriteDocuments([(key, StateDocument.From(value, text))]);

    private Task WriteDocuments(List<(string Key, StateDocument? Document)> documents)
    {
        var now = timeProvider.GetUtcNow();
        lock (_lock)
        {
            if (documents.FirstOrDefault(change => change.Document is { } document && !Accepts(change.Key, document)) is { Key: { } stale })
            {
                throw new StorageConcurrencyException(stale);
            }

            foreach (var (key, document) in documents)
            {
                // Like MemoryStorage, a null value means absent.
                if (document is null)
                {
                    _documents.Remove(key);
                }
                else
                {
                    _documents[key] = new StoredDocument(document.Json, document.IsTracked ? Guid.NewGuid().ToString("N") : null, now);
                }
            }
        }
        return Task.CompletedTask;
    }

    public Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_lock)
        {
            foreach (var key in keys)
            {
                _documents.Remove(key);
            }
        }
        return Task.CompletedTask;
    }

    public Task<int> PurgeIdleAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - olderThan;
        lock (_lock)
        {
            var idle = _documents.Where(entry => entry.Value.LastWrite < cutoff).Select(entry => entry.Key).ToList();
            idle.ForEach(key => _documents.Remove(key));
            return Task.FromResult(idle.Count);
        }
    }

    /// <summary>Nothing outside the process can be down.</summary>
    public Task<bool> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    // Only a stored eTag can reject a write (the rule SqliteStorage applies in SQL); a missing key is simply created.
    private bool Accepts(string key, StateDocument document) =>
        document.Condition != ETagCondition.MatchStored
        || !_documents.TryGetValue(key, out var stored)
        || stored.ETag is null
        || stored.ETag == document.ExpectedETag;

    private sealed record StoredDocument(string Json, string? ETag, DateTimeOffset LastWrite);
}
