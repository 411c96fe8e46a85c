using BackStrength.Bot.State;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Keeps a reminder pointed at the conversation the person last wrote in, so it follows them to a new chat
/// and a channel's changed service address. Each conversation checks on its first message and then every
/// <see cref="ReminderOptions.FollowCheckInterval"/>, instead of reading the reminder on every message.
/// </summary>
public sealed class ReminderReferences(ReminderStore store, TimeProvider clock, IOptions<ReminderOptions> options)
{
    public async Task RememberAsync(ITurnContext turnContext, ConversationFlags flags, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (now - flags.ReminderFollowCheckedAt < options.Value.FollowCheckInterval)
        {
            return;
        }

        flags.ReminderFollowCheckedAt = now;
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
