namespace BackStrength.Storage;

/// <summary>
/// Holds on conversations, kept where several instances can see them, so one turn at a time runs per conversation
/// and a redelivered activity is recognised. A store that can take and let go of a hold in one statement each
/// implements this itself; the bot keeps holds as records in any other store.
/// </summary>
public interface IConversationHolds
{
    /// <summary>Takes the conversation unless another turn holds it, or <see cref="ConversationHold.ActivityId"/> was handled or is being handled.</summary>
    Task<HoldAttempt> TryTakeAsync(ConversationHold hold, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Lets go of a hold taken by <see cref="TryTakeAsync"/> if it is still this holder's, and keeps <paramref name="handled"/>
    /// as the conversation's handled activity ids.
    /// </summary>
    Task LetGoAsync(ConversationHold hold, IReadOnlyList<string> handled, DateTimeOffset now, CancellationToken cancellationToken);
}

/// <summary>Who takes a conversation, for which activity, and until when at most.</summary>
public sealed record ConversationHold(string ConversationKey, string Holder, string? ActivityId, DateTimeOffset HeldUntil);

public enum HoldOutcome
{
    Taken,
    AlreadyHandled,
    HeldByAnother,
}

/// <summary>What <see cref="IConversationHolds.TryTakeAsync"/> found; <see cref="Handled"/> is the conversation's list when taken.</summary>
public sealed record HoldAttempt(HoldOutcome Outcome, IReadOnlyList<string> Handled)
{
    public static HoldAttempt Taken(IReadOnlyList<string> handled) => new(HoldOutcome.Taken, handled);

    public static readonly HoldAttempt AlreadyHandled = new(HoldOutcome.AlreadyHandled, []);

    public static readonly HoldAttempt HeldByAnother = new(HoldOutcome.HeldByAnother, []);

    /// <summary>Whether an activity is a redelivery: handled before, or the one a live hold is running now.</summary>
    public static bool IsRedelivery(string? activityId, IReadOnlyList<string> handled, string? inProgress, DateTimeOffset heldUntil, DateTimeOffset now) =>
        activityId is not null && (handled.Contains(activityId) || (inProgress == activityId && heldUntil > now));
}
