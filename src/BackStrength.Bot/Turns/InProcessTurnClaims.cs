using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Turns;

/// <summary>
/// Turn claims for a store no other process can see (the Memory provider): one queue per conversation in memory,
/// so a turn costs no storage round trips for the gate and a waiting turn starts the moment the last one ends.
/// Like the Memory store itself, it keeps an entry per conversation for the life of the process.
/// </summary>
public sealed class InProcessTurnClaims(IOptions<TurnGateOptions> options) : ITurnClaims
{
    private readonly TurnGateOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, ConversationTurns> _conversations = new(StringComparer.Ordinal);

    public async Task<TurnClaim> ClaimAsync(string conversationKey, string? activityId, CancellationToken cancellationToken)
    {
        var conversation = _conversations.GetOrAdd(conversationKey, _ => new ConversationTurns(_options.HandledActivityIdsKept));
        if (conversation.Knows(activityId, includingInProgress: true))
        {
            return TurnClaim.NotGranted(ClaimOutcome.AlreadyHandled);
        }

        if (!await conversation.Turn.WaitAsync(_options.MaxWait, cancellationToken))
        {
            return TurnClaim.NotGranted(ClaimOutcome.Busy);
        }

        // The same activity may have been handled while this copy waited for its turn.
        if (conversation.Knows(activityId, includingInProgress: false))
        {
            conversation.Turn.Release();
            return TurnClaim.NotGranted(ClaimOutcome.AlreadyHandled);
        }

        conversation.Start(activityId);
        return new InProcessClaim(conversation);
    }

    private sealed class ConversationTurns(int handledKept)
    {
        private readonly Lock _ids = new();
        private readonly Queue<string> _handled = new();
        private string? _inProgress;

        public SemaphoreSlim Turn { get; } = new(1, 1);

        public bool Knows(string? activityId, bool includingInProgress)
        {
            if (activityId is null)
            {
                return false;
            }
            lock (_ids)
            {
                return _handled.Contains(activityId) || (includingInProgress && _inProgress == activityId);
            }
        }

        public void Start(string? activityId)
        {
            lock (_ids)
            {
                _inProgress = activityId;
            }
        }

        public void Finish(bool handled)
        {
            lock (_ids)
            {
                if (handled && _inProgress is { } activityId)
                {
                    _handled.Enqueue(activityId);
                    while (_handled.Count > handledKept)
                    {
                        _handled.Dequeue();
                    }
                }
                _inProgress = null;
            }
            Turn.Release();
        }
    }

    private sealed class InProcessClaim(ConversationTurns conversation) : TurnClaim(ClaimOutcome.Claimed)
    {
        public override Task ReleaseAsync(bool handled)
        {
            conversation.Finish(handled);
            return Task.CompletedTask;
        }
    }
}
