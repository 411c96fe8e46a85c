using Azure.Storage.Blobs;

namespace BackStrength.Storage.Tests.Support;

/// <summary>The repository's Azurite blob emulator, running for the tests of one class.</summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private readonly Azurite _azurite = new();

    public string ConnectionString => _azurite.ConnectionString;

    /// <summary>A container no other test uses, so tests can run in any order.</summary>
    public BlobContainerClient NewContainer() =>
        new BlobServiceClient(ConnectionString).GetBlobContainerClient($"test-{Guid.NewGuid():N}");

    public Task InitializeAsync() => _azurite.StartAsync();

    public async Task DisposeAsync() => await _azurite.DisposeAsync();
}
