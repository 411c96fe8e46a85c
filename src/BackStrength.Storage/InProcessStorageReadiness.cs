namespace BackStrength.Storage;

/// <summary>Readiness of in-process memory storage, which has nothing outside the process that could be down.</summary>
internal sealed class InProcessStorageReadiness : IStorageReadiness
{
    public Task<bool> CheckAsync(CancellationToken cancellationToken) => Task.FromResult(true);
}
