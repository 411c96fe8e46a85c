using BackStrength.Bot.Reminders;
using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// "Forget me": deletes the person's profile and history (user state), this conversation's state and their
/// reminder from the store, and marks the turn so nothing is written back for them afterwards.
/// </summary>
public sealed class PrivacyEraser(ConversationState conversationState, UserState userState, ReminderStore reminders)
{
    private const string ForgottenKey = "BackStrength.Forgotten";

    public static bool WasForgotten(ITurnContext turnContext) => turnContext.TurnState.ContainsKey(ForgottenKey);

    public async Task ForgetAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await userState.DeleteAsync(turnContext, cancellationToken);
        await conversationState.DeleteAsync(turnContext, cancellationToken);
        await reminders.RemoveAsync(ReminderStore.KeyOf(turnContext.Activity), cancellationToken);
        turnContext.TurnState[ForgottenKey] = true;
    }
}
