using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// What happens when a turn throws: log it with the conversation id, tell the user in plain words, and
/// clear the conversation's dialog state so the next message starts fresh instead of failing again.
/// </summary>
public sealed class TurnErrorHandler(ConversationState conversationState, ILogger<TurnErrorHandler> logger)
{
    public const string Apology =
        "Sorry, something went wrong on my side. I've reset our conversation: send me a message to start again.";

    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        logger.LogError(exception, "Unhandled error in a turn of conversation {ConversationId}",
            turnContext.Activity.Conversation?.Id);
        try
        {
            await conversationState.DeleteAsync(turnContext, CancellationToken.None);
        }
        catch (Exception clearFailure)
        {
            logger.LogError(clearFailure, "Could not clear the state of conversation {ConversationId}",
                turnContext.Activity.Conversation?.Id);
        }

        await turnContext.SendActivityAsync(Apology, cancellationToken: CancellationToken.None);
    }
}
