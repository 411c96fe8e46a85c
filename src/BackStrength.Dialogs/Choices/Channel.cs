using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;

namespace BackStrength.Dialogs.Choices;

/// <summary>What the channel a message came from can display.</summary>
public static class Channel
{
    private const string TeamsPersonalConversation = "personal";

    // Teams shows only the first three suggested actions and silently drops the rest.
    private const int TeamsMaxSuggestedActions = 3;

    /// <summary>
    /// Whether <paramref name="buttonCount"/> suggested-action buttons can all be shown in reply to
    /// <paramref name="incoming"/>: Web Chat, Direct Line and the Emulator show them; Teams only in a personal
    /// (one-to-one) chat, not in group chats or channels, and no more than three.
    /// </summary>
    public static bool SupportsSuggestedActions(IActivity incoming, int buttonCount)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        return incoming.ChannelId switch
        {
            Channels.Webchat or Channels.Directline or Channels.Emulator => true,
            Channels.Msteams => buttonCount <= TeamsMaxSuggestedActions
                && string.Equals(incoming.Conversation?.ConversationType, TeamsPersonalConversation, StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
