namespace BackStrength.Storage;

/// <summary>
/// Thrown when a write carries an eTag that no longer matches the stored item: someone else saved it first.
/// The caller should read the item again, reapply its change and retry.
/// </summary>
public sealed class StorageConcurrencyException : Exception
{
    public StorageConcurrencyException(string key, Exception? innerException = null)
        : base($"The state item '{key}' was changed by another writer since it was read (its eTag is stale). Read it again and retry the write.", innerException)
    {
        Key = key;
    }

    /// <summary>The storage key whose write was rejected.</summary>
    public string Key { get; }
}
