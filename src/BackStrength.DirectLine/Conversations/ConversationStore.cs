using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Conversations;

/// <summary>The local channel's conversations, in memory, each forgotten after it has been idle for a while.</summary>
public sealed class ConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);

    /// <summary>A new conversation with unguessable ids, like Azure's: the id alone must not let anyone in.</summary>
    public DirectLineConversation Create()
    {
        var conversation = new DirectLineConversation(
            NewId(), $"dl_{NewId()}", options.Value.MaxHistory, time);
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    public DirectLineConversation? Find(string conversationId)
        => _conversations.TryGetValue(conversationId, out var conversation) ? conversation : null;

    /// <summary>Forgets conversations idle longer than the configured timeout that no page is listening to.</summary>
    public int RemoveIdle()
    {
        var cutoff = time.GetUtcNow() - options.Value.IdleTimeout;
        var removed = 0;
        foreach (var (id, conversation) in _conversations)
        {
            if (conversation.LastUsed < cutoff && !conversation.HasOpenStreams && _conversations.TryRemove(id, out _))
            {
                conversation.CloseAllStreams();
                removed++;
            }
        }

        return removed;
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
