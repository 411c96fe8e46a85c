using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Bots;

/// <summary>
/// Answers a message the bot cannot read in plain words, and asks again what the conversation is waiting for, so
/// nothing already answered is lost and the person knows what to send instead.
/// </summary>
public sealed class UnreadableAnswers(WaitingQuestion waitingQuestion, IOptions<CannotReadTexts> texts)
{
    public async Task AnswerAsync(ITurnContext turnContext, Unreadable unreadable, CancellationToken cancellationToken)
    {
        var why = unreadable == Unreadable.AttachmentOnly ? texts.Value.Attachment : texts.Value.OtherScript;
        await turnContext.SendActivityAsync(why, cancellationToken: cancellationToken);
        if (!await waitingQuestion.AskAgainAsync(turnContext, cancellationToken))
        {
            await turnContext.SendActivityAsync(texts.Value.NothingWaiting, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The note that an edit to a sent message was not taken as an answer.</summary>
    public Task AnswerEditAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(texts.Value.Edit, cancellationToken: cancellationToken);
}
