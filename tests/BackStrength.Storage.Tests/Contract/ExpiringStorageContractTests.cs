using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Storage.Tests.Contract;

/// <summary>The contract plus idle expiry and readiness, for the durable providers.</summary>
public abstract class ExpiringStorageContractTests : StorageContractTests
{
    /// <summary>The clock the provider under test reads; it starts at the real time so server-side timestamps agree.</summary>
    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    private IStateExpiry Expiry => (IStateExpiry)Storage;

    [Fact]
    public async Task Idle_purge_keeps_state_written_within_the_expiry()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["a"] = new ExerciseLog(), ["b"] = new ExerciseLog() });
        Clock.Advance(TimeSpan.FromHours(1));

        var purged = await Expiry.PurgeIdleAsync(TimeSpan.FromHours(2), CancellationToken.None);

        Assert.Equal(0, purged);
        Assert.Equal(2, (await Storage.ReadAsync(["a", "b"])).Count);
    }

    [Fact]
    public async Task Idle_purge_deletes_state_not_written_for_longer_than_the_expiry()
    {
        await Storage.WriteAsync(new Dictionary<string, object> { ["a"] = new ExerciseLog(), ["b"] = new Dictionary<string, object>() });
        Clock.Advance(TimeSpan.FromHours(3));

        var purged = await Expiry.PurgeIdleAsync(TimeSpan.FromHours(2), CancellationToken.None);

        Assert.Equal(2, purged);
        Assert.Empty(await Storage.ReadAsync(["a", "b"]));
    }

    [Fact]
    public async Task Working_storage_reports_ready()
    {
        Assert.True(await ((IStorageReadiness)Storage).CheckAsync(CancellationToken.None));
    }
}
