using System.Security.Cryptography;
using System.Text;
using BackStrength.DirectLine.Conversations;
using BackStrength.DirectLine.Tokens;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>The client side of Direct Line 3.0 (what Web Chat calls): tokens, conversations, activities.</summary>
internal static class DirectLineApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup(ChannelUrls.DirectLinePath).RequireRateLimiting(DirectLineRateLimiting.PolicyName);
        api.MapPost("/tokens/generate", GenerateToken);
        api.MapPost("/tokens/refresh", RefreshToken);
        api.MapPost("/conversations", StartConversationAsync);
        api.MapGet("/conversations/{conversationId}", Reconnect);
        api.MapGet("/conversations/{conversationId}/activities", GetActivities);
        api.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        api.MapGet("/conversations/{conversationId}/stream", ActivityStreamEndpoint.StreamAsync);
    }

    /// <summary>A token for a new conversation. Open locally; with a secret configured, only for its holder.</summary>
    private static IResult GenerateToken(HttpContext context, ConversationStore conversations, DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
    {
        if (!HoldsSecretIfAny(context, options.Value))
        {
            return ActivityJson.Error(StatusCodes.Status401Unauthorized, "Unauthorized", "The Direct Line secret is required.");
        }

        var conversation = conversations.Create();
        var issued = tokens.Issue(conversation.Id, conversation.UserId);
        return Results.Json(new ConversationResponse(conversation.Id, issued.Token, issued.ExpiresInSeconds, StreamUrl: null));
    }

    private static IResult RefreshToken(HttpContext context, DirectLineTokenService tokens)
        => tokens.Refresh(ConversationGate.BearerToken(context)) is { } issued
            ? Results.Json(new ConversationResponse(issued.Grant.ConversationId, issued.Token, issued.ExpiresInSeconds, StreamUrl: null))
            : ActivityJson.Error(StatusCodes.Status401Unauthorized, "TokenInvalid", "Only a valid, unexpired token can be refreshed.");

    /// <summary>
    /// Starts the conversation a token was generated for (or, for the secret's holder, a new one) and greets
    /// the bot once. Calling it again with the same token just returns the conversation.
    /// </summary>
    private static async Task<IResult> StartConversationAsync(
        HttpContext context,
        ConversationStore conversations,
        DirectLineTokenService tokens,
        ConversationGate gate,
        UserActivityRelay relay,
        IOptions<DirectLineOptions> options,
        ILoggerFactory loggers)
    {
        DirectLineConversation conversation;
        if (!string.IsNullOrWhiteSpace(options.Value.Secret) && HoldsSecretIfAny(context, options.Value))
        {
            conversation = conversations.Create();
        }
        else
        {
            var grant = tokens.Validate(ConversationGate.BearerToken(context));
            var access = gate.Check(context, grant?.ConversationId ?? string.Empty);
            if (access.Denied is not null)
            {
                return access.Denied;
            }

            conversation = access.Conversation!;
        }

        var isNew = conversation.TryMarkStarted();
        if (isNew)
        {
            try
            {
                await relay.StartAsync(conversation, ChannelUrls.ServiceUrl(context.Request));
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                // The page can still chat; the bot merely missed its cue to greet.
                loggers.CreateLogger(typeof(DirectLineApi)).LogError(failure, "The bot failed to start conversation {ConversationId}", conversation.Id);
            }
        }

        var issued = tokens.Issue(conversation.Id, conversation.UserId);
        var response = new ConversationResponse(conversation.Id, issued.Token, issued.ExpiresInSeconds,
            ChannelUrls.StreamUrl(context.Request, conversation.Id, watermark: null, issued.Token));
        return Results.Json(response, statusCode: isNew ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    /// <summary>A fresh stream URL after a dropped WebSocket, resuming from the client's watermark.</summary>
    private static IResult Reconnect(HttpContext context, string conversationId, string? watermark, ConversationGate gate, TimeProvider time)
    {
        var access = gate.Check(context, conversationId);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        var token = ConversationGate.BearerToken(context)!;
        var expiresIn = (int)Math.Max(0, (access.Grant!.ExpiresAt - time.GetUtcNow()).TotalSeconds);
        return Results.Json(new ConversationResponse(conversationId, token, expiresIn,
            ChannelUrls.StreamUrl(context.Request, conversationId, watermark, token)));
    }

    private static IResult GetActivities(HttpContext context, string conversationId, string? watermark, ConversationGate gate)
    {
        var access = gate.Check(context, conversationId);
        return access.Denied ?? ActivityJson.Ok(access.Conversation!.ActivitiesAfter(watermark));
    }

    private static async Task<IResult> PostActivityAsync(
        HttpContext context,
        string conversationId,
        ConversationGate gate,
        UserActivityRelay relay,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var access = gate.Check(context, conversationId);
        if (access.Denied is not null)
        {
            return access.Denied;
        }

        if (await ActivityJson.ReadAsync(context.Request, cancellationToken) is not { } activity)
        {
            return ActivityJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity with a type.");
        }

        try
        {
            var id = await relay.PostAsync(access.Conversation!, activity, ChannelUrls.ServiceUrl(context.Request));
            return ActivityJson.Ok(new ResourceResponse(id));
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            loggers.CreateLogger(typeof(DirectLineApi)).LogError(failure, "The bot failed a turn in conversation {ConversationId}", conversationId);
            return ActivityJson.Error(StatusCodes.Status502BadGateway, "BotError", "The bot could not process the activity.");
        }
    }

    private static bool HoldsSecretIfAny(HttpContext context, DirectLineOptions options)
        => string.IsNullOrWhiteSpace(options.Secret)
            || CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(ConversationGate.BearerToken(context) ?? string.Empty), Encoding.UTF8.GetBytes(options.Secret));
}
