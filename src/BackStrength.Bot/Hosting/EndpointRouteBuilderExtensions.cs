using BackStrength.DirectLine;
using BackStrength.Illustrations.Web;
using BackStrength.Storage;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;

namespace BackStrength.Bot.Hosting;

/// <summary>The bot's HTTP surface.</summary>
public static class EndpointRouteBuilderExtensions
{
    public static WebApplication MapBackStrength(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseWebChat();
        app.MapExerciseImages();
        app.MapPost("/api/messages", (HttpContext context, MessagesEndpoint endpoint, IBot bot) => endpoint.HandleAsync(context, bot));
        app.MapGet("/healthz", () => Results.Ok(new { status = "up" }));
        app.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(StorageHealthCheck.ReadyTag) });
        return app;
    }
}
