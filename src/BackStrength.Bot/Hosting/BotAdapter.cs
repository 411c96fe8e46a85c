using BackStrength.Bot.Turns;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// The Bot Framework's CloudAdapter with our turn pipeline: telemetry around every turn, replies that cannot
/// be delivered logged rather than fatal, one turn at a time per conversation, and the turn error handler.
/// A subclass gives DI a single constructor, which CloudAdapter itself does not.
/// </summary>
public sealed class BotAdapter : CloudAdapter
{
    public BotAdapter(
        BotFrameworkAuthentication authentication,
        TurnErrorHandler errorHandler,
        TurnTelemetry telemetry,
        UndeliverableReplyGuard replyGuard,
        TurnGate gate,
        ILogger<BotAdapter> logger)
        : base(authentication, logger)
    {
        Use(telemetry);
        Use(replyGuard);
        Use(gate);
        OnTurnError = errorHandler.HandleAsync;
    }

    /// <summary>
    /// Authenticates and runs the turn of an activity the host has already read and checked (MessagesEndpoint),
    /// as <c>ProcessAsync</c> does after reading the request body itself.
    /// </summary>
    public Task<InvokeResponse> ProcessCheckedActivityAsync(string authHeader, Activity activity, IBot bot, CancellationToken cancellationToken) =>
        ProcessActivityAsync(authHeader, activity, bot.OnTurnAsync, cancellationToken);
}
