using BackStrength.Bot.Tests.Support;
using BackStrength.Bot.Turns;
using BackStrength.Storage.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Bot.Tests;

/// <summary>The turn claims of a shared store (SQLite, Azure Blob): a finished turn is never failed by letting go.</summary>
public sealed class StoredTurnClaimsTests
{
    private const string Conversation = "webchat/conversations/c1";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UnixEpoch);
    private readonly FaultyStorage _store;
    private readonly StoredTurnClaims _claims;

    public StoredTurnClaimsTests()
    {
        _store = new FaultyStorage(new InMemoryStorage(_clock));
        _claims = new StoredTurnClaims(_store, _clock, Options.Create(new TurnGateOptions { HoldFor = TimeSpan.FromSeconds(30) }), NullLogger<StoredTurnClaims>.Instance);
    }

    [Fact]
    public async Task A_turn_that_outlasted_its_hold_finishes_even_when_the_store_fails_as_it_lets_go()
    {
        var claim = await _claims.ClaimAsync(Conversation, "a1", CancellationToken.None);
        Assert.Equal(ClaimOutcome.Claimed, claim.Outcome);
        _clock.Advance(TimeSpan.FromSeconds(31));
        _store.FailNextReadOf(key => key.StartsWith(Conversation, StringComparison.Ordinal));

        // The turn's answer is already out: the hold expires by itself, so the release failing must not fail the turn.
        await claim.ReleaseAsync(handled: true);

        Assert.Equal(ClaimOutcome.Claimed, (await _claims.ClaimAsync(Conversation, "a2", CancellationToken.None)).Outcome);
    }
}
