namespace BackStrength.Storage.Tests.Contract;

/// <summary>The expiring contract plus all-or-nothing writes of several items, for the providers that promise them.</summary>
public abstract class AtomicBatchStorageContractTests : ExpiringStorageContractTests
{
    [Fact]
    public async Task A_batch_containing_a_stale_item_writes_none_of_its_items()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge" }));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(new Dictionary<string, object>
        {
            ["other"] = new ExerciseLog { Exercise = "plank" },
            ["log"] = new ExerciseLog { ETag = "stale", Exercise = "plank" },
        }));

        Assert.Empty(await Storage.ReadAsync(["other"]));
        Assert.Equal("bridge", (await ReadLogAsync("log")).Exercise);
    }
}
