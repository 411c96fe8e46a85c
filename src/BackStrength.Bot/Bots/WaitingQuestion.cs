using BackStrength.Bot.Conversation;
using BackStrength.Bot.Dialogs;
using BackStrength.Dialogs;
using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Bots;

/// <summary>
/// Asks again whatever the coaching conversation is waiting for (a question, a card, the exercise under way),
/// without taking the current message as an answer to it: for messages the bot could not read at all.
/// </summary>
public sealed class WaitingQuestion(MainDialog mainDialog, CoachingStateAccessors state)
{
    /// <summary>Re-asks the waiting question; false when nothing is waiting, so the caller can say how to begin.</summary>
    public async Task<bool> AskAgainAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var dialogs = await new DialogSet(state.DialogState).Add(mainDialog).CreateContextAsync(turnContext, cancellationToken);
        if (dialogs.ActiveDialog is null)
        {
            return false;
        }

        try
        {
            await dialogs.RepromptDialogAsync(cancellationToken);
            return true;
        }
        catch (StaleDialogStateException)
        {
            // Saved by an older version of the bot: the next message the bot can read starts afresh, with an apology.
            return false;
        }
    }
}
