using System.Text;
using BackStrength.DirectLine;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// Hands the local Direct Line channel's activities to the bot through the adapter /api/messages uses (its
/// middleware and error handling; the endpoint's own request checks are the channel's job here): the CloudAdapter
/// authenticates the (header-less, so anonymous) request, runs the turn, and the bot's replies go through the
/// SDK's ConnectorClient to the activity's serviceUrl, the local channel.
/// </summary>
public sealed class LocalDirectLineBridge(IBotFrameworkHttpAdapter adapter, IServiceScopeFactory scopes) : IBotEndpoint
{
    public async Task DeliverAsync(Activity activity, CancellationToken cancellationToken)
    {
        // One scope per turn, like a real request, so the transient bot and its scoped services are fresh.
        await using var scope = scopes.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        context.Request.Method = HttpMethods.Post;
        context.Request.ContentType = "application/json";
        context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(JsonConvert.SerializeObject(activity)));

        await adapter.ProcessAsync(context.Request, context.Response, scope.ServiceProvider.GetRequiredService<IBot>(), cancellationToken);

        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            // With a MicrosoftAppId configured the adapter demands Azure's token, which a local channel cannot mint.
            throw new InvalidOperationException("The adapter refused a local Direct Line activity: the local channel only works without a MicrosoftAppId.");
        }

        if (context.Response.StatusCode >= StatusCodes.Status400BadRequest)
        {
            throw new InvalidOperationException($"The adapter rejected the activity with status {context.Response.StatusCode}.");
        }
    }
}
