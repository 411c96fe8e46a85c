using BackStrength.Storage;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Turns;

/// <summary>
/// Turn claims kept in the shared store, for stores several instances use (SQLite files, Azure Blob): a claim is a
/// hold on the conversation (<see cref="IConversationHolds"/>); a turn that finds it held polls until it is free
/// or the wait ends. A store's failure reaches the turn labelled as a storage fault, like any other storage call.
/// </summary>
public sealed class StoredTurnClaims(IConversationHolds holds, TimeProvider clock, IOptions<TurnGateOptions> options, ILogger<StoredTurnClaims> logger) : ITurnClaims
{
    private readonly TurnGateOptions _options = options.Value;
    private readonly string _holder = Guid.NewGuid().ToString("N");

    public async Task<TurnClaim> ClaimAsync(string conversationKey, string? activityId, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + _options.MaxWait;
        while (true)
        {
            var now = clock.GetUtcNow();
            var hold = new ConversationHold(conversationKey, _holder, activityId, now + _options.HoldFor);
            var attempt = await FaultLabellingStorage.LabelAsync(nameof(ClaimAsync), () => holds.TryTakeAsync(hold, now, cancellationToken));
            switch (attempt.Outcome)
            {
                case HoldOutcome.Taken:
                    return new StoredClaim(this, hold, attempt.Handled);
                case HoldOutcome.AlreadyHandled:
                    return TurnClaim.NotGranted(ClaimOutcome.AlreadyHandled);
            }

            if (clock.GetUtcNow() >= deadline)
            {
                return TurnClaim.NotGranted(ClaimOutcome.Busy);
            }

            await Task.Delay(_options.PollInterval, clock, cancellationToken);
        }
    }

    private async Task ReleaseAsync(ConversationHold hold, IReadOnlyList<string> handledBefore, bool handled)
    {
        var keep = handled && hold.ActivityId is { } activityId
            ? [.. handledBefore.Append(activityId).TakeLast(_options.HandledActivityIdsKept)]
            : handledBefore;
        try
        {
            await holds.LetGoAsync(hold, keep, clock.GetUtcNow(), CancellationToken.None);
        }
        catch (Exception error)
        {
            // The hold expires by itself; a failed release only delays the next message by HoldFor at most, whereas
            // throwing would fail a turn whose answer has already gone out.
            logger.LogWarning(error, "Could not release the turn gate of {Key}", hold.ConversationKey);
        }
    }

    private sealed class StoredClaim(StoredTurnClaims owner, ConversationHold hold, IReadOnlyList<string> handledBefore) : TurnClaim(ClaimOutcome.Claimed)
    {
        public override Task ReleaseAsync(bool handled) => owner.ReleaseAsync(hold, handledBefore, handled);
    }
}
