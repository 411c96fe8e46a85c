using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace BackStrength.Dialogs.Choices;

/// <summary>What the channel a message came from can display.</summary>
public static class Channel
{
    private const string TeamsPersonalConversation = "personal";

    /// <summary>
    /// Whether suggested-action buttons can be shown in reply to <paramref name="incoming"/>: Web Chat, Direct Line
    /// and the Emulator show them; Teams only in a personal (one-to-one) chat, not in group chats or channels.
    /// </summary>
    public static bool SupportsSuggestedActions(IActivity incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return incoming.ChannelId switch
        {
            Channels.Webchat or Channels.Directline or Channels.Emulator => true,
            Channels.Msteams => string.Equals(incoming.Conversation?.ConversationType, TeamsPersonalConversation, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
