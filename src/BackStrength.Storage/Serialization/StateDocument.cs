using Microsoft.Bot.Builder;

namespace BackStrength.Storage.Serialization;

/// <summary>How a write must be checked against what is already stored, following the SDK's MemoryStorage.</summary>
internal enum ETagCondition
{
    /// <summary>The value is not an <see cref="IStoreItem"/>: it replaces whatever is stored and carries no eTag.</summary>
    Untracked,

    /// <summary>The item's eTag is "*": it replaces whatever is stored and gets a fresh eTag.</summary>
    Overwrite,

    /// <summary>
    /// The item must match the stored eTag (a null or empty eTag matches only a missing or untracked value);
    /// a missing key or an untracked stored value is simply replaced.
    /// </summary>
    MatchStored,
}

/// <summary>A value ready to be written: its JSON text and the optimistic-concurrency rule that applies to it.</summary>
internal sealed record StateDocument(string Json, ETagCondition Condition, string? ExpectedETag)
{
    public const string WildcardETag = "*";

    /// <summary>Whether the stored value takes part in eTag checks (and so gets a new eTag on every write).</summary>
    public bool IsTracked => Condition != ETagCondition.Untracked;

    /// <summary>
    /// Every change of a write, serialised up front so a store holds its lock only to store them; a null value
    /// (which MemoryStorage treats as absent) has no document and means "delete".
    /// </summary>
    public static List<(string Key, StateDocument? Document)> FromChanges(IDictionary<string, object> changes) =>
        changes.Select(change => (change.Key, change.Value is null ? null : From(change.Value))).ToList();

    public static StateDocument From(object value) => From(value, StateSerializer.Serialize(value));

    /// <summary>The document of a value whose text <see cref="StoredStateText.Of"/> has already given.</summary>
    public static StateDocument From(object value, string json)
    {
        if (value is not IStoreItem item)
        {
            return new StateDocument(json, ETagCondition.Untracked, null);
        }

        return item.ETag == WildcardETag
            ? new StateDocument(json, ETagCondition.Overwrite, null)
            : new StateDocument(json, ETagCondition.MatchStored, item.ETag);
    }
}
