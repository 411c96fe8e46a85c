using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using BackStrength.Storage.Blobs;
using BackStrength.Storage.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackStrength.Storage.Tests.Contract;

/// <summary>The contract against Azure Blob Storage, as emulated by Azurite; each test gets its own container.</summary>
public sealed class BlobsStorageContractTests : ExpiringStorageContractTests, IClassFixture<AzuriteFixture>
{
    private readonly BlobContainerClient _container;

    public BlobsStorageContractTests(AzuriteFixture azurite)
    {
        _container = azurite.NewContainer();
        Storage = new BlobsStorage(_container, Clock, NullLogger<BlobsStorage>.Instance);
    }

    protected override IStorage Storage { get; }

    [Fact]
    public async Task The_container_is_created_when_missing()
    {
        Assert.False((await _container.ExistsAsync()).Value);

        await Storage.WriteAsync(Change("log", new ExerciseLog()));

        Assert.True((await _container.ExistsAsync()).Value);
    }

    [Fact]
    public async Task Each_key_is_one_blob_whose_name_creates_no_folders()
    {
        await Storage.WriteAsync(new Dictionary<string, object>
        {
            ["msteams/conversations/a b"] = new ExerciseLog(),
            ["msteams/users/x"] = new ExerciseLog(),
        });

        var names = new List<string>();
        await foreach (var item in _container.GetBlobsByHierarchyAsync(BlobTraits.None, BlobStates.None, delimiter: "/", prefix: null, cancellationToken: CancellationToken.None))
        {
            Assert.True(item.IsBlob, $"'{item.Prefix}' became a virtual folder.");
            names.Add(item.Blob.Name);
        }

        Assert.Equal(2, names.Count);
    }

    [Fact]
    public async Task Unreachable_storage_reports_not_ready()
    {
        var options = new BlobClientOptions();
        options.Retry.MaxRetries = 0;
        var unreachable = new BlobContainerClient(new Uri("http://127.0.0.1:9/devstoreaccount1/state"), options);
        var storage = new BlobsStorage(unreachable, Clock, NullLogger<BlobsStorage>.Instance);

        Assert.False(await storage.CheckAsync(CancellationToken.None));
    }
}
