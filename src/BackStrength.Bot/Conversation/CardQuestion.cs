using BackStrength.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Asks a question whose answer can come from a card. The card is sent directly rather than stored as the
/// prompt's question, because a prompt keeps its question in conversation state and a card is several KB;
/// the prompt keeps only a short line of text to repeat if the answer is not understood.
/// </summary>
public static class CardQuestion
{
    public static async Task<DialogTurnResult> AskAsync(
        DialogContext dc,
        string promptId,
        IMessageActivity card,
        string? question,
        string retry,
        CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(card, cancellationToken);
        return await dc.PromptAsync(promptId, new PromptOptions
        {
            Prompt = question is null ? null : MessageFactory.Text(question),
            RetryPrompt = MessageFactory.Text(retry),
        }, cancellationToken);
    }
}
