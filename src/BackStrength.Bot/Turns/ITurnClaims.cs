namespace BackStrength.Bot.Turns;

/// <summary>
/// Who may run a turn of a conversation right now. A claim either succeeds (and must be released), finds the
/// activity already handled or being handled (a redelivery), or gives up after waiting for another turn.
/// </summary>
public interface ITurnClaims
{
    Task<TurnClaim> ClaimAsync(string conversationKey, string? activityId, CancellationToken cancellationToken);
}

public enum ClaimOutcome
{
    Claimed,
    AlreadyHandled,
    Busy,
}

/// <summary>The result of <see cref="ITurnClaims.ClaimAsync"/>; only a <see cref="ClaimOutcome.Claimed"/> one is released.</summary>
public abstract class TurnClaim(ClaimOutcome outcome)
{
    public ClaimOutcome Outcome { get; } = outcome;

    /// <summary>Lets the next turn in; <paramref name="handled"/> records the activity so a redelivery is dropped.</summary>
    public abstract Task ReleaseAsync(bool handled);

    /// <summary>A claim that was not granted and has nothing to release.</summary>
    public static TurnClaim NotGranted(ClaimOutcome outcome) => new Refused(outcome);

    private sealed class Refused(ClaimOutcome outcome) : TurnClaim(outcome)
    {
        public override Task ReleaseAsync(bool handled) => Task.CompletedTask;
    }
}
