using BackStrength.DirectLine.Conversations;
using BackStrength.DirectLine.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>
/// POST /api/directline/token: how the page gets a token. With an Azure secret configured the secret is
/// exchanged server-side at Azure; otherwise the local channel issues one for a new conversation.
/// </summary>
internal static class WebChatTokenEndpoint
{
    public const string Path = "/api/directline/token";

    public static void Map(IEndpointRouteBuilder routes)
        => routes.MapPost(Path, IssueAsync).RequireRateLimiting(DirectLineRateLimiting.PolicyName);

    private static async Task<IResult> IssueAsync(
        HttpContext context,
        IOptions<DirectLineOptions> options,
        ConversationStore conversations,
        DirectLineTokenService tokens,
        AzureDirectLineClient azure,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.Secret))
        {
            try
            {
                return Results.Json(await azure.GenerateTokenAsync(cancellationToken));
            }
            catch (HttpRequestException failure)
            {
                loggers.CreateLogger(typeof(WebChatTokenEndpoint)).LogError(failure, "Direct Line refused to issue a token");
                return ActivityJson.Error(StatusCodes.Status502BadGateway, "DirectLineUnavailable", "Could not get a chat token right now.");
            }
        }

        if (!options.Value.LocalChannelActive)
        {
            return ActivityJson.Error(StatusCodes.Status503ServiceUnavailable, "NoChannel", "No Direct Line channel is configured.");
        }

        var conversation = conversations.Create();
        var issued = tokens.Issue(conversation.Id, conversation.UserId);
        return Results.Json(new WebChatToken(issued.Token, conversation.Id, issued.ExpiresInSeconds, ChannelUrls.DirectLineDomain(context.Request)));
    }
}
