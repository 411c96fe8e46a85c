using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace BackStrength.Benchmarks.EchoBot;

/// <summary>The SDK's CloudAdapter, as the real bot uses it; a subclass gives DI a single constructor.</summary>
public sealed class EchoAdapter(BotFrameworkAuthentication authentication, ILogger<EchoAdapter> logger)
    : CloudAdapter(authentication, logger);
