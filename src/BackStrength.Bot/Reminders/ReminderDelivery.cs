using System.Runtime.ExceptionServices;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Sends a reminder into the person's conversation as a proactive turn. A failed send is thrown to the caller,
/// which retries it later, rather than handled like a failed turn: the person's conversation is left untouched.
/// </summary>
public sealed class ReminderDelivery(Microsoft.Bot.Builder.BotAdapter adapter, string botAppId, ReminderMessages messages)
{
    public async Task SendAsync(ConversationReference conversation, CancellationToken cancellationToken)
    {
        Exception? failure = null;
        await adapter.ContinueConversationAsync(botAppId, conversation, async (turn, turnCancellation) =>
        {
            // The host's pipeline logs and swallows undeliverable replies; this sees the failure before it does.
            turn.OnSendActivities(async (_, _, next) =>
            {
                try
                {
                    return await next();
                }
                catch (Exception error)
                {
                    failure ??= error;
                    throw;
                }
            });
            try
            {
                await turn.SendActivitiesAsync([.. await messages.CreateAsync(turn, turnCancellation)], turnCancellation);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                failure ??= error;
            }
        }, cancellationToken);

        if (failure is not null)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }
}
