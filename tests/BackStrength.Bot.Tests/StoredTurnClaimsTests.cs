using BackStrength.Bot.Tests.Support;
using BackStrength.Bot.Turns;
using BackStrength.Storage;
using BackStrength.Storage.Memory;
using BackStrength.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Bot.Tests;

/// <summary>
/// The turn claims of a shared store, with the holds a SQLite file keeps itself and the records kept in any other
/// store (Azure Blob): one turn at a time across instances, redeliveries dropped, nothing held for good, and a
/// finished turn never failed by letting go.
/// </summary>
public sealed class StoredTurnClaimsTests : IDisposable
{
    private const string Conversation = "webchat/conversations/c1";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UnixEpoch);
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("backstrength-claims-");

    public static TheoryData<string> Holds => ["Sqlite", "Records"];

    [Theory]
    [MemberData(nameof(Holds))]
    public async Task A_redelivered_activity_is_dropped_while_in_progress_and_after_it_was_handled(string holds)
    {
        var claims = Instance(HoldsOf(holds));
        var first = await claims.ClaimAsync(Conversation, "a1", CancellationToken.None);

        Assert.Equal(ClaimOutcome.Claimed, first.Outcome);
        Assert.Equal(ClaimOutcome.AlreadyHandled, (await claims.ClaimAsync(Conversation, "a1", CancellationToken.None)).Outcome);
        await first.ReleaseAsync(handled: true);
        Assert.Equal(ClaimOutcome.AlreadyHandled, (await claims.ClaimAsync(Conversation, "a1", CancellationToken.None)).Outcome);
        Assert.Equal(ClaimOutcome.Claimed, (await claims.ClaimAsync(Conversation, "a2", CancellationToken.None)).Outcome);
    }

    [Theory]
    [MemberData(nameof(Holds))]
    public async Task A_turn_that_failed_can_be_delivered_again_to_another_instance(string holds)
    {
        var shared = HoldsOf(holds);
        await (await Instance(shared).ClaimAsync(Conversation, "a1", CancellationToken.None)).ReleaseAsync(handled: false);

        Assert.Equal(ClaimOutcome.Claimed, (await Instance(shared).ClaimAsync(Conversation, "a1", CancellationToken.None)).Outcome);
    }

    [Theory]
    [MemberData(nameof(Holds))]
    public async Task Only_the_last_few_handled_activities_are_remembered(string holds)
    {
        var claims = Instance(HoldsOf(holds));
        for (var i = 1; i <= 4; i++)
        {
            await (await claims.ClaimAsync(Conversation, $"a{i}", CancellationToken.None)).ReleaseAsync(handled: true);
        }

        // Three are kept: a2..a4 are still recognised, a1 has been forgotten.
        Assert.Equal(ClaimOutcome.AlreadyHandled, (await claims.ClaimAsync(Conversation, "a2", CancellationToken.None)).Outcome);
        Assert.Equal(ClaimOutcome.AlreadyHandled, (await claims.ClaimAsync(Conversation, "a4", CancellationToken.None)).Outcome);
        Assert.Equal(ClaimOutcome.Claimed, (await claims.ClaimAsync(Conversation, "a1", CancellationToken.None)).Outcome);
    }

    [Theory]
    [MemberData(nameof(Holds))]
    public async Task A_turn_that_never_finishes_holds_its_conversation_only_until_its_hold_runs_out(string holds)
    {
        var shared = HoldsOf(holds);
        var (dead, alive) = (Instance(shared), Instance(shared));
        var stuck = await dead.ClaimAsync(Conversation, "a1", CancellationToken.None);

        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(ClaimOutcome.Busy, (await alive.ClaimAsync(Conversation, "a2", CancellationToken.None)).Outcome);

        _clock.Advance(TimeSpan.FromSeconds(25));
        var next = await alive.ClaimAsync(Conversation, "a3", CancellationToken.None);
        Assert.Equal(ClaimOutcome.Claimed, next.Outcome);

        // The stuck turn finishing late must not let a third turn in beside the one that took over.
        await stuck.ReleaseAsync(handled: true);
        Assert.Equal(ClaimOutcome.Busy, (await dead.ClaimAsync(Conversation, "a4", CancellationToken.None)).Outcome);
        await next.ReleaseAsync(handled: true);
        Assert.Equal(ClaimOutcome.Claimed, (await dead.ClaimAsync(Conversation, "a5", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task A_turn_that_outlasted_its_hold_finishes_even_when_the_store_fails_as_it_lets_go()
    {
        var store = new FaultyStorage(new InMemoryStorage(_clock));
        var claims = Instance(new RecordHolds(store));
        var claim = await claims.ClaimAsync(Conversation, "a1", CancellationToken.None);
        Assert.Equal(ClaimOutcome.Claimed, claim.Outcome);
        _clock.Advance(TimeSpan.FromSeconds(31));
        store.FailNextReadOf(key => key.StartsWith(Conversation, StringComparison.Ordinal));

        // The turn's answer is already out: the hold expires by itself, so the release failing must not fail the turn.
        await claim.ReleaseAsync(handled: true);

        Assert.Equal(ClaimOutcome.Claimed, (await claims.ClaimAsync(Conversation, "a2", CancellationToken.None)).Outcome);
    }

    [Fact]
    public async Task A_store_that_fails_while_claiming_is_reported_as_a_storage_fault()
    {
        var store = new FaultyStorage(new InMemoryStorage(_clock));
        store.FailNextReadOf(key => key.StartsWith(Conversation, StringComparison.Ordinal));

        await Assert.ThrowsAsync<StorageUnavailableException>(() => Instance(new RecordHolds(store)).ClaimAsync(Conversation, "a1", CancellationToken.None));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    private IConversationHolds HoldsOf(string kind) => kind == "Sqlite"
        ? new SqliteStorage(Path.Combine(_folder.FullName, "backstrength.db"), _clock, NullLogger<SqliteStorage>.Instance)
        : new RecordHolds(new InMemoryStorage(_clock));

    // No waiting: on the fake clock a poll would never end, and "busy" is what a full wait would find here.
    private StoredTurnClaims Instance(IConversationHolds holds) => new(
        holds,
        _clock,
        Options.Create(new TurnGateOptions { HoldFor = TimeSpan.FromSeconds(30), MaxWait = TimeSpan.Zero, HandledActivityIdsKept = 3 }),
        NullLogger<StoredTurnClaims>.Instance);
}
