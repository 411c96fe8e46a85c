using BackStrength.Storage;
using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Turns;

/// <summary>
/// Conversation holds kept as records in a store without holds of its own (Azure Blob), next to the conversation's
/// state. Taking one is an optimistic write of the record: a new record with no eTag is create-only, an existing
/// one is replaced only at the eTag read.
/// </summary>
public sealed class RecordHolds(IStorage storage) : IConversationHolds
{
    public async Task<HoldAttempt> TryTakeAsync(ConversationHold hold, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = RecordKey(hold);
        var stored = await ReadAsync(key, cancellationToken);
        var handled = stored?.Handled ?? [];
        if (HoldAttempt.IsRedelivery(hold.ActivityId, handled, stored?.InProgress, stored?.HeldUntil ?? DateTimeOffset.MinValue, now))
        {
            return HoldAttempt.AlreadyHandled;
        }

        if (stored is not null && stored.HeldUntil > now)
        {
            return HoldAttempt.HeldByAnother;
        }

        var record = new TurnGateRecord { ETag = stored?.ETag, Holder = hold.Holder, InProgress = hold.ActivityId, HeldUntil = hold.HeldUntil, Handled = handled };
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = record }, cancellationToken);
            return HoldAttempt.Taken(handled);
        }
        catch (StorageConcurrencyException)
        {
            // Another turn claimed it between our read and write.
            return HoldAttempt.HeldByAnother;
        }
    }

    public async Task LetGoAsync(ConversationHold hold, IReadOnlyList<string> handled, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = RecordKey(hold);
        if (await ETagToLetGoAsync(key, hold, now, cancellationToken) is not { } etag)
        {
            return;
        }

        var released = new TurnGateRecord { ETag = etag, HeldUntil = DateTimeOffset.MinValue, Handled = [.. handled] };
        await storage.WriteAsync(new Dictionary<string, object> { [key] = released }, cancellationToken);
    }

    /// <summary>The eTag that lets this holder overwrite its record, or null when the conversation is no longer its own.</summary>
    private async Task<string?> ETagToLetGoAsync(string key, ConversationHold hold, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Nobody else can take a conversation before its hold runs out, so within the hold the record is still
        // ours and may be overwritten without reading it back; after it, only if nobody has taken it since.
        if (now < hold.HeldUntil)
        {
            return "*";
        }

        return await ReadAsync(key, cancellationToken) is { } mine && mine.Holder == hold.Holder && mine.InProgress == hold.ActivityId
            ? mine.ETag
            : null;
    }

    private async Task<TurnGateRecord?> ReadAsync(string key, CancellationToken cancellationToken) =>
        (await storage.ReadAsync([key], cancellationToken)).TryGetValue(key, out var value) ? value as TurnGateRecord : null;

    private static string RecordKey(ConversationHold hold) => $"{hold.ConversationKey}/turn-gate";
}

/// <summary>The per-conversation record kept in the shared store: who holds it, and recent activity ids.</summary>
public sealed class TurnGateRecord : IStoreItem
{
    public string? ETag { get; set; }

    public string? Holder { get; set; }

    public string? InProgress { get; set; }

    public DateTimeOffset HeldUntil { get; set; }

    public List<string> Handled { get; set; } = [];
}
