using BackStrength.Bot.Turns;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Bot.Tests;

/// <summary>The Memory store's turn claims: one turn at a time, redeliveries dropped, and nothing held for good.</summary>
public sealed class InProcessTurnClaimsTests
{
    private const string Conversation = "webchat/conversations/c1";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UnixEpoch);
    private readonly InProcessTurnClaims _claims;

    public InProcessTurnClaimsTests()
    {
        // A short wait keeps the test quick; the hold and idle times are on the fake clock.
        _claims = new InProcessTurnClaims(Options.Create(new TurnGateOptions
        {
            HoldFor = TimeSpan.FromSeconds(30),
            MaxWait = TimeSpan.FromMilliseconds(20),
            ForgetIdleAfter = TimeSpan.FromHours(1),
        }), _clock);
    }

    [Fact]
    public async Task A_redelivered_activity_is_dropped_while_in_progress_and_after_it_was_handled()
    {
        var first = await ClaimAsync("a1");

        Assert.Equal(ClaimOutcome.Claimed, first.Outcome);
        Assert.Equal(ClaimOutcome.AlreadyHandled, (await ClaimAsync("a1")).Outcome);
        await first.ReleaseAsync(handled: true);
        Assert.Equal(ClaimOutcome.AlreadyHandled, (await ClaimAsync("a1")).Outcome);
    }

    [Fact]
    public async Task A_turn_that_failed_can_be_delivered_again()
    {
        await (await ClaimAsync("a1")).ReleaseAsync(handled: false);

        Assert.Equal(ClaimOutcome.Claimed, (await ClaimAsync("a1")).Outcome);
    }

    [Fact]
    public async Task A_turn_that_never_finishes_holds_its_conversation_only_until_its_hold_runs_out()
    {
        var stuck = await ClaimAsync("a1");

        _clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(ClaimOutcome.Busy, (await ClaimAsync("a2")).Outcome);

        _clock.Advance(TimeSpan.FromSeconds(25));
        var next = await ClaimAsync("a3");
        Assert.Equal(ClaimOutcome.Claimed, next.Outcome);

        // The stuck turn finishing late must not let a third turn in beside the one that took over.
        await stuck.ReleaseAsync(handled: true);
        Assert.Equal(ClaimOutcome.Busy, (await ClaimAsync("a4")).Outcome);
        await next.ReleaseAsync(handled: true);
        Assert.Equal(ClaimOutcome.Claimed, (await ClaimAsync("a5")).Outcome);
    }

    [Fact]
    public async Task Quiet_conversations_are_forgotten_but_not_one_with_a_turn_under_way()
    {
        for (var i = 0; i < 50; i++)
        {
            await (await _claims.ClaimAsync($"webchat/conversations/quiet-{i}", "a1", CancellationToken.None)).ReleaseAsync(handled: true);
        }
        var underWay = await ClaimAsync("a1");

        _clock.Advance(TimeSpan.FromHours(2));
        await _claims.ClaimAsync("webchat/conversations/new", "a1", CancellationToken.None);

        Assert.Equal(2, _claims.ConversationCount);
        await underWay.ReleaseAsync(handled: true);
    }

    private Task<TurnClaim> ClaimAsync(string activityId) => _claims.ClaimAsync(Conversation, activityId, CancellationToken.None);
}
