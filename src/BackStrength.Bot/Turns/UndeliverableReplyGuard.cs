using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Turns;

/// <summary>
/// A reply the channel still refuses after the retries is logged and dropped, so the turn finishes and what
/// the person told the bot is saved, rather than the whole turn failing over one lost message.
/// </summary>
public sealed class UndeliverableReplyGuard(ILogger<UndeliverableReplyGuard> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        turnContext.OnSendActivities(async (context, activities, nextSend) =>
        {
            try
            {
                return await nextSend();
            }
            catch (Exception error) when (error is Microsoft.Rest.RestException or HttpRequestException)
            {
                logger.LogError(error, "A reply to conversation {ConversationId} could not be delivered", context.Activity.Conversation?.Id);
                return [.. activities.Select(_ => new ResourceResponse())];
            }
        });
        await next(cancellationToken);
    }
}
