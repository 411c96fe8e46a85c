using BackStrength.Bot.Conversation;
using BackStrength.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// What happens when a turn throws. A storage fault, or a turn cut off because the instance is stopping, gets an
/// apology and leaves the saved state as it was, so the conversation carries on once the store or the next
/// instance is there. Anything else is a bug: it is logged with the conversation id, the person is told in plain
/// words, and the saved dialog position is cleared so the next message starts the flow afresh instead of failing
/// the same way again (their plan and history are kept).
/// </summary>
public sealed class TurnErrorHandler(
    ConversationState conversationState,
    CoachingStateAccessors accessors,
    IOptions<ConversationTexts> texts,
    ILogger<TurnErrorHandler> logger)
{
    public async Task HandleAsync(ITurnContext turnContext, Exception exception)
    {
        var conversationId = turnContext.Activity.Conversation?.Id;
        if (exception is StorageUnavailableException or OperationCanceledException)
        {
            logger.LogWarning(exception, "A turn of conversation {ConversationId} could not finish (store down or bot stopping); its saved state is kept", conversationId);
            await TrySendAsync(turnContext, texts.Value.StorageApology);
            return;
        }

        logger.LogError(exception, "Unhandled error in a turn of conversation {ConversationId}", conversationId);
        try
        {
            // Start from what was saved before this turn, not from whatever the failed turn left in memory.
            await conversationState.LoadAsync(turnContext, force: true, CancellationToken.None);
            await accessors.DialogState.DeleteAsync(turnContext, CancellationToken.None);
            await conversationState.SaveChangesAsync(turnContext, force: false, CancellationToken.None);
        }
        catch (Exception clearFailure)
        {
            logger.LogError(clearFailure, "Could not reset the dialog of conversation {ConversationId}", conversationId);
        }

        await TrySendAsync(turnContext, texts.Value.TurnFailed);
    }

    private async Task TrySendAsync(ITurnContext turnContext, string text)
    {
        try
        {
            await turnContext.SendActivityAsync(text, cancellationToken: CancellationToken.None);
        }
        catch (Exception sendFailure)
        {
            logger.LogError(sendFailure, "Could not tell conversation {ConversationId} about the failure", turnContext.Activity.Conversation?.Id);
        }
    }
}
