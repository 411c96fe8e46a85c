using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Turns;

/// <summary>
/// Turn claims for a store no other process can see (the Memory provider): one queue per conversation in memory,
/// so a turn costs no storage round trips for the gate and a waiting turn starts the moment the last one ends.
/// Like a stored claim, a hold lasts <see cref="TurnGateOptions.HoldFor"/> at most: a turn that never finishes
/// does not lock its conversation for good. Conversations idle for <see cref="TurnGateOptions.ForgetIdleAfter"/>
/// are forgotten, with their handled activity ids.
/// </summary>
public sealed class InProcessTurnClaims(IOptions<TurnGateOptions> options, TimeProvider clock) : ITurnClaims
{
    private readonly TurnGateOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, ConversationTurns> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _sweep = new();
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    /// <summary>How many conversations are remembered right now.</summary>
    internal int ConversationCount => _conversations.Count;

    public async Task<TurnClaim> ClaimAsync(string conversationKey, string? activityId, CancellationToken cancellationToken)
    {
        ForgetIdleConversations();
        var conversation = Enter(conversationKey);
        var claimed = false;
        try
        {
            if (conversation.Knows(activityId, clock.GetUtcNow()))
            {
                return TurnClaim.NotGranted(ClaimOutcome.AlreadyHandled);
            }

            // Either the previous turn lets go in time, or its hold has run out and its place is taken over.
            if (!await conversation.Turn.WaitAsync(_options.MaxWait, cancellationToken) && !conversation.TryTakeOverExpired(clock.GetUtcNow()))
            {
                return TurnClaim.NotGranted(ClaimOutcome.Busy);
            }

            // The same activity may have been handled while this copy waited for its turn.
            if (conversation.TryStart(activityId, clock.GetUtcNow() + _options.HoldFor) is not { } hold)
            {
                return TurnClaim.NotGranted(ClaimOutcome.AlreadyHandled);
            }

            claimed = true;
            return new InProcessClaim(conversation, hold, clock);
        }
        finally
        {
            if (!claimed)
            {
                conversation.Leave(clock.GetUtcNow());
            }
        }
    }

    private ConversationTurns Enter(string conversationKey)
    {
        while (true)
        {
            var conversation = _conversations.GetOrAdd(conversationKey, _ => new ConversationTurns(_options.HandledActivityIdsKept));
            if (conversation.TryEnter())
            {
                return conversation;
            }
        }
    }

    private void ForgetIdleConversations()
    {
        var now = clock.GetUtcNow();
        lock (_sweep)
        {
            if (now - _lastSweep < _options.ForgetIdleAfter)
            {
                return;
            }
            _lastSweep = now;
        }

        foreach (var (key, conversation) in _conversations)
        {
            if (conversation.TryRetire(now - _options.ForgetIdleAfter))
            {
                _conversations.TryRemove(new KeyValuePair<string, ConversationTurns>(key, conversation));
            }
        }
    }

    private sealed class ConversationTurns(int handledKept)
    {
        private readonly Lock _state = new();
        private readonly Queue<string> _handled = new();
        private string? _inProgress;
        private DateTimeOffset? _heldUntil;
        private long _hold;
        private int _users;
        private bool _retired;
        private DateTimeOffset _lastUsed = DateTimeOffset.MaxValue;

        public SemaphoreSlim Turn { get; } = new(1, 1);

        /// <summary>Counts a claim under way, so the conversation is not forgotten beneath it.</summary>
        public bool TryEnter()
        {
            lock (_state)
            {
                _users += _retired ? 0 : 1;
                return !_retired;
            }
        }

        public void Leave(DateTimeOffset now)
        {
            lock (_state)
            {
                _users--;
                _lastUsed = now;
            }
        }

        public bool TryRetire(DateTimeOffset idleSince)
        {
            lock (_state)
            {
                _retired = _users == 0 && _heldUntil is null && _lastUsed < idleSince;
                return _retired;
            }
        }

        public bool Knows(string? activityId, DateTimeOffset now)
        {
            lock (_state)
            {
                return activityId is not null && (_handled.Contains(activityId) || (_inProgress == activityId && _heldUntil > now));
            }
        }

        /// <summary>Takes the place of a turn whose hold ran out: its permit passes on, and its release is ignored.</summary>
        public bool TryTakeOverExpired(DateTimeOffset now)
        {
            lock (_state)
            {
                if (_heldUntil is not { } heldUntil || heldUntil > now)
                {
                    return false;
                }
                _hold++;
                (_inProgress, _heldUntil) = (null, null);
                return true;
            }
        }

        /// <summary>Starts a turn with the permit held; null (and the permit returned) when the activity was handled meanwhile.</summary>
        public long? TryStart(string? activityId, DateTimeOffset heldUntil)
        {
            lock (_state)
            {
                if (activityId is null || !_handled.Contains(activityId))
                {
                    (_inProgress, _heldUntil) = (activityId, heldUntil);
                    return ++_hold;
                }
            }
            Turn.Release();
            return null;
        }

        public void Finish(long hold, bool handled, DateTimeOffset now)
        {
            lock (_state)
            {
                _users--;
                _lastUsed = now;
                if (hold != _hold)
                {
                    // Taken over after the hold ran out: the permit now belongs to the turn that took it.
                    return;
                }
                if (handled && _inProgress is { } activityId)
                {
                    _handled.Enqueue(activityId);
                    while (_handled.Count > handledKept)
                    {
                        _handled.Dequeue();
                    }
                }
                (_inProgress, _heldUntil) = (null, null);
            }
            Turn.Release();
        }
    }

    private sealed class InProcessClaim(ConversationTurns conversation, long hold, TimeProvider clock) : TurnClaim(ClaimOutcome.Claimed)
    {
        public override Task ReleaseAsync(bool handled)
        {
            conversation.Finish(hold, handled, clock.GetUtcNow());
            return Task.CompletedTask;
        }
    }
}
