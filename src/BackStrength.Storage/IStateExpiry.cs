namespace BackStrength.Storage;

/// <summary>Removes state nobody has written for a while, so conversations that went quiet do not linger forever.</summary>
public interface IStateExpiry
{
    /// <summary>Deletes every key whose last write is older than <paramref name="olderThan"/>.</summary>
    /// <returns>How many keys were deleted.</returns>
    Task<int> PurgeIdleAsync(TimeSpan olderThan, CancellationToken cancellationToken);
}
