using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Keeps a reminder pointed at the conversation the person last wrote in, so it follows them to a new chat
/// and a channel's changed service address.
/// </summary>
public sealed class ReminderReferences(ReminderStore store)
{
    public async Task RememberAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var key = ReminderStore.KeyOf(turnContext.Activity);
        var reminder = await store.ReadAsync(key, cancellationToken);
        var reference = turnContext.Activity.GetConversationReference();
        if (reminder is null || SameConversation(reminder.Conversation, reference))
        {
            return;
        }

        // A conflict means a scheduler or the person changed it just now; the next message tries again.
        await store.TryReplaceAsync(key, reminder.With(conversation: reference), cancellationToken);
    }

    private static bool SameConversation(ConversationReference stored, ConversationReference current) =>
        stored.Conversation?.Id == current.Conversation?.Id && stored.ServiceUrl == current.ServiceUrl && stored.Bot?.Id == current.Bot?.Id;
}
