namespace BackStrength.Storage;

/// <summary>Tells a readiness probe whether the configured storage can serve requests right now.</summary>
public interface IStorageReadiness
{
    /// <returns><c>true</c> when storage is reachable; <c>false</c> (never an exception) when it is not.</returns>
    Task<bool> CheckAsync(CancellationToken cancellationToken);
}
