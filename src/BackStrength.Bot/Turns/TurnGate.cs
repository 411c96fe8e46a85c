using BackStrength.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Turns;

/// <summary>
/// One turn at a time per conversation, across every instance sharing the store, and each activity only once.
/// Before a message is handled the gate claims the conversation's record in the store with an optimistic write
/// (a new record with no eTag is create-only; an existing one is replaced only at the eTag read). A redelivered
/// activity (same id, already handled or being handled) is dropped without replies; a message arriving while
/// another instance or thread holds the conversation waits briefly, then gets a polite "one moment".
/// </summary>
public sealed class TurnGate(IStorage storage, TimeProvider clock, IOptions<TurnGateOptions> options, ILogger<TurnGate> logger) : Microsoft.Bot.Builder.IMiddleware
{
    private readonly TurnGateOptions _options = options.Value;
    private readonly string _holder = Guid.NewGuid().ToString("N");

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await next(cancellationToken);
            return;
        }

        var key = $"{activity.ChannelId}/conversations/{activity.Conversation.Id}/turn-gate";
        var claimed = await ClaimAsync(key, activity.Id, cancellationToken);
        switch (claimed.Outcome)
        {
            case ClaimOutcome.AlreadyHandled:
                logger.LogInformation("Dropped a redelivered activity in conversation {ConversationId}", activity.Conversation.Id);
                return;
            case ClaimOutcome.Busy:
                await turnContext.SendActivityAsync(_options.BusyMessage, cancellationToken: cancellationToken);
                return;
        }

        var record = claimed.Record!;
        try
        {
            await next(cancellationToken);
            if (activity.Id is not null)
            {
                record.Handled.Add(activity.Id);
                if (record.Handled.Count > _options.HandledActivityIdsKept)
                {
                    record.Handled.RemoveRange(0, record.Handled.Count - _options.HandledActivityIdsKept);
                }
            }
        }
        finally
        {
            await ReleaseAsync(key, record);
        }
    }

    private async Task<Claim> ClaimAsync(string key, string? activityId, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + _options.MaxWait;
        while (true)
        {
            var stored = (await storage.ReadAsync([key], cancellationToken)).TryGetValue(key, out var value) ? value as TurnGateRecord : null;
            if (activityId is not null && stored is not null
                && (stored.Handled.Contains(activityId) || (stored.InProgress == activityId && stored.HeldUntil > clock.GetUtcNow())))
            {
                return new Claim(ClaimOutcome.AlreadyHandled, null);
            }

            if (stored is null || stored.HeldUntil <= clock.GetUtcNow())
            {
                var record = new TurnGateRecord
                {
                    ETag = stored?.ETag,
                    Holder = _holder,
                    InProgress = activityId,
                    HeldUntil = clock.GetUtcNow() + _options.HoldFor,
                    Handled = stored?.Handled ?? [],
                };
                try
                {
                    await storage.WriteAsync(new Dictionary<string, object> { [key] = record }, cancellationToken);
                    return new Claim(ClaimOutcome.Claimed, record);
                }
                catch (Exception conflict) when (IsConflict(conflict))
                {
                    // Another turn claimed it between our read and write: wait like any other busy moment.
                }
            }

            if (clock.GetUtcNow() >= deadline)
            {
                return new Claim(ClaimOutcome.Busy, null);
            }

            await Task.Delay(_options.PollInterval, clock, cancellationToken);
        }
    }

    private async Task ReleaseAsync(string key, TurnGateRecord record)
    {
        // Nobody else can claim a conversation before its hold runs out, so within the hold the record is still
        // ours and may be overwritten without reading it back; after it, only if nobody has claimed it since.
        if (clock.GetUtcNow() < record.HeldUntil)
        {
            record.ETag = "*";
        }
        else if ((await storage.ReadAsync([key], CancellationToken.None)).TryGetValue(key, out var current)
            && current is TurnGateRecord { ETag: var etag } mine && mine.Holder == _holder && mine.InProgress == record.InProgress)
        {
            record.ETag = etag;
        }
        else
        {
            return;
        }

        record.Holder = null;
        record.InProgress = null;
        record.HeldUntil = DateTimeOffset.MinValue;
        try
        {
            await storage.WriteAsync(new Dictionary<string, object> { [key] = record }, CancellationToken.None);
        }
        catch (Exception error)
        {
            // The hold expires by itself; a failed release only delays the next message by HoldFor at most.
            logger.LogWarning(error, "Could not release the turn gate of {Key}", key);
        }
    }

    // The SDK's MemoryStorage reports a stale eTag as an ArgumentException; our stores as StorageConcurrencyException.
    private static bool IsConflict(Exception error) => error is StorageConcurrencyException or ArgumentException;

    private enum ClaimOutcome
    {
        Claimed,
        AlreadyHandled,
        Busy,
    }

    private sealed record Claim(ClaimOutcome Outcome, TurnGateRecord? Record);
}

/// <summary>The per-conversation record the gate keeps in the shared store: who holds it, and recent activity ids.</summary>
public sealed class TurnGateRecord : IStoreItem
{
    public string? ETag { get; set; }

    public string? Holder { get; set; }

    public string? InProgress { get; set; }

    public DateTimeOffset HeldUntil { get; set; }

    public List<string> Handled { get; set; } = [];
}

/// <summary>Settings of <see cref="TurnGate"/>, section "TurnGate".</summary>
public sealed class TurnGateOptions
{
    public const string Section = "TurnGate";

    /// <summary>How long a claim lasts if its instance dies mid-turn.</summary>
    public TimeSpan HoldFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a second message of the same conversation waits for the first to finish.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>How many handled activity ids are remembered to recognise a redelivery.</summary>
    public int HandledActivityIdsKept { get; set; } = 50;

    /// <summary>What a person is told when their message could not get a turn (Content/conversation.json).</summary>
    public string BusyMessage { get; set; } = string.Empty;
}
