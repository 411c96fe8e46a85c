using BackStrength.DirectLine.Conversations;
using BackStrength.DirectLine.Endpoints;
using BackStrength.DirectLine.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine;

/// <summary>Wires the Direct Line token endpoint and the local channel into the host.</summary>
public static class DirectLineExtensions
{
    /// <summary>
    /// Registers the Direct Line services. The host must also register an <see cref="IBotEndpoint"/>, which
    /// the local channel hands user activities to.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DirectLineOptions.SectionName);
        services.AddOptions<DirectLineOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DirectLineOptions>, DirectLineOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineTokenService>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<ConversationGate>();
        services.AddSingleton<UserActivityRelay>();
        services.AddHostedService<IdleConversationCleanup>();
        services.AddHttpClient<AzureDirectLineClient>();
        services.AddRateLimiter(limiter => DirectLineRateLimiting.AddPolicy(
            limiter, section.Get<DirectLineOptions>()?.RequestsPerMinute ?? new DirectLineOptions().RequestsPerMinute));
        return services;
    }

    /// <summary>
    /// Serves the web chat page (index.html and the bundle from the web root), the token endpoint and, when
    /// the local channel is on, the Direct Line and connector routes, with the WebSocket and rate-limiter
    /// middleware they need.
    /// </summary>
    public static WebApplication UseWebChat(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles();
        var options = app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value;
        if (!options.Enabled)
        {
            return app;
        }

        app.UseWebSockets();
        app.UseRateLimiter();
        WebChatTokenEndpoint.Map(app);
        if (options.LocalChannelActive)
        {
            DirectLineApi.Map(app);
            ConnectorApi.Map(app);
        }

        return app;
    }
}
