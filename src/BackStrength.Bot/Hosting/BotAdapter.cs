using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// The Bot Framework's CloudAdapter with our turn error handler. A subclass gives DI a single constructor,
/// which CloudAdapter itself does not.
/// </summary>
public sealed class BotAdapter : CloudAdapter
{
    public BotAdapter(BotFrameworkAuthentication authentication, TurnErrorHandler errorHandler, ILogger<BotAdapter> logger)
        : base(authentication, logger)
    {
        OnTurnError = errorHandler.HandleAsync;
    }
}
