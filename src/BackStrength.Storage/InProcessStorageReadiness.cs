namespace BackStrength.Storage;

/// <summary>Readiness of a store with no probe of its own (a host may register any IStorage): assumed ready.</summary>
internal sealed class InProcessStorageReadiness : IStorageReadiness
{
    public Task<bool> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
