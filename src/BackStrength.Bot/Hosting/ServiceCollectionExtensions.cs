using BackStrength.Bot.Bots;
using BackStrength.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;

namespace BackStrength.Bot.Hosting;

/// <summary>Registers everything the bot host needs.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddBackStrength(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<BotFrameworkAuthentication, ConfigurationBotFrameworkAuthentication>();
        services.AddSingleton<TurnErrorHandler>();
        services.AddSingleton<BotAdapter>();
        services.AddSingleton<IBotFrameworkHttpAdapter>(sp => sp.GetRequiredService<BotAdapter>());
        services.AddDirectLine(configuration);
        services.AddSingleton<IBotEndpoint, LocalDirectLineBridge>();

        services.AddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton<ConversationState>();
        services.AddSingleton<UserState>();
        services.AddTransient<IBot, BackStrengthBot>();
        return services;
    }

    public static WebApplication MapBackStrength(this WebApplication app)
    {
        app.UseWebChat();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot, CancellationToken cancellationToken)
            => adapter.ProcessAsync(request, response, bot, cancellationToken));
        app.MapGet("/healthz", () => Results.Ok(new { status = "up" }));
        return app;
    }
}
