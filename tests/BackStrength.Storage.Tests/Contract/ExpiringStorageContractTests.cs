using BackStrength.Storage.Serialization;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Storage.Tests.Contract;

/// <summary>
/// The contract plus idle expiry, readiness and writes of state already serialised (<see cref="IStoredTextWriter"/>),
/// for the providers we ship.
/// </summary>
public abstract class ExpiringStorageContractTests : StorageContractTests
{
    /// <summary>The clock the provider under test reads; it starts at the real time so server-side timestamps agree.</summary>
    protected FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    private IStateExpiry Expiry => (IStateExpiry)Storage;

    private IStoredTextWriter TextWriter => (IStoredTextWriter)Storage;

    [Fact]
    public async Task State_written_with_its_text_reads_back_as_that_state_and_that_text()
    {
        var state = new Dictionary<string, object> { ["log"] = new ExerciseLog { Exercise = "bird-dog", Repetitions = 6 } };
        var text = StoredStateText.Of(state);

        await TextWriter.WriteTextAsync("state", state, text, CancellationToken.None);

        var stored = Assert.IsType<Dictionary<string, object>>((await Storage.ReadAsync(["state"]))["state"]);
        Assert.Equal(("bird-dog", 6), (((ExerciseLog)stored["log"]).Exercise, ((ExerciseLog)stored["log"]).Repetitions));
        Assert.Equal(text, StoredStateText.ReadFrom(stored));
    }

    [Fact]
    public async Task An_item_written_with_its_text_still_has_its_etag_checked()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge" }));
        var stale = new ExerciseLog { ETag = "stale", Exercise = "plank" };

        var rejection = await Record.ExceptionAsync(() => TextWriter.WriteTextAsync("log", stale, StoredStateText.Of(stale), CancellationToken.None));

        Assert.True(IsStaleETagRejection(rejection, "log"), $"Expected the stale eTag to be rejected, got {rejection}");
        Assert.Equal("bridge", (await ReadLogAsync("log")).Exercise);
    }

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
