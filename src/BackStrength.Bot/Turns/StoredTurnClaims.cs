using BackStrength.Storage;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Turns;

/// <summary>
/// Turn claims kept in the shared store, for stores several instances use (SQLite files, Azure Blob). A claim is
/// an optimistic write of the conversation's record (a new record with no eTag is create-only; an existing one is
/// replaced only at the eTag read); a turn that finds the record held polls until it is free or the wait ends.
/// </summary>
public sealed class StoredTurnClaims(IStorage storage, TimeProvider clock, IOptions<TurnGateOptions> options, ILogger<StoredTurnClaims> logger) : ITurnClaims
{
    private readonly TurnGateOptions _options = options.Value;
    private readonly string _holder = Guid.NewGuid().ToString("N");

    public async Task<TurnClaim> ClaimAsync(string conversationKey, string? activityId, CancellationToken cancellationToken)
    {
        var key = $"{conversationKey}/turn-gate";
        var deadline = clock.GetUtcNow() + _options.MaxWait;
        while (true)
        {
            var stored = (await storage.ReadAsync([key], cancellationToken)).TryGetValue(key, out var value) ? value as TurnGateRecord : null;
            if (activityId is not null && stored is not null
                && (stored.Handled.Contains(activityId) || (stored.InProgress == activityId && stored.HeldUntil > clock.GetUtcNow())))
            {
                return TurnClaim.NotGranted(ClaimOutcome.AlreadyHandled);
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
                    return new StoredClaim(this, key, record);
                }
                catch (StorageConcurrencyException)
                {
                    // Another turn claimed it between our read and write: wait like any other busy moment.
                }
            }

            if (clock.GetUtcNow() >= deadline)
            {
                return TurnClaim.NotGranted(ClaimOutcome.Busy);
            }

            await Task.Delay(_options.PollInterval, clock, cancellationToken);
        }
    }

    private async Task ReleaseAsync(string key, TurnGateRecord record, bool handled)
    {
        if (handled && record.InProgress is { } activityId)
        {
            record.Handled.Add(activityId);
            if (record.Handled.Count > _options.HandledActivityIdsKept)
            {
                record.Handled.RemoveRange(0, record.Handled.Count - _options.HandledActivityIdsKept);
            }
        }

        try
        {
            if (await ETagToReleaseAsync(key, record) is not { } etag)
            {
                return;
            }

            record.ETag = etag;
            record.Holder = null;
            record.InProgress = null;
            record.HeldUntil = DateTimeOffset.MinValue;
            await storage.WriteAsync(new Dictionary<string, object> { [key] = record }, CancellationToken.None);
        }
        catch (Exception error)
        {
            // The hold expires by itself; a failed release only delays the next message by HoldFor at most, whereas
            // throwing would fail a turn whose answer has already gone out.
            logger.LogWarning(error, "Could not release the turn gate of {Key}", key);
        }
    }

    /// <summary>The eTag that lets this turn overwrite its record, or null when the conversation is no longer ours.</summary>
    private async Task<string?> ETagToReleaseAsync(string key, TurnGateRecord record)
    {
        // Nobody else can claim a conversation before its hold runs out, so within the hold the record is still
        // ours and may be overwritten without reading it back; after it, only if nobody has claimed it since.
        if (clock.GetUtcNow() < record.HeldUntil)
        {
            return "*";
        }

        return (await storage.ReadAsync([key], CancellationToken.None)).TryGetValue(key, out var current)
            && current is TurnGateRecord mine && mine.Holder == _holder && mine.InProgress == record.InProgress
            ? mine.ETag
            : null;
    }

    private sealed class StoredClaim(StoredTurnClaims owner, string key, TurnGateRecord record) : TurnClaim(ClaimOutcome.Claimed)
    {
        public override Task ReleaseAsync(bool handled) => owner.ReleaseAsync(key, record, handled);
    }
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
