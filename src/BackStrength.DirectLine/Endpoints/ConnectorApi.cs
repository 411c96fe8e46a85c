using System.Net;
using BackStrength.DirectLine.Conversations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>
/// The Bot Connector routes the SDK's ConnectorClient calls at the activity's serviceUrl: the bot's replies,
/// updates and deletions land here and go out to the page. Accepted without Azure credentials, so only
/// from this machine: the bot calls its own host.
/// </summary>
internal static class ConnectorApi
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var connector = routes.MapGroup(ChannelUrls.ConnectorPath + "/v3/conversations/{conversationId}")
            .AddEndpointFilter(OnlyFromThisMachine);
        connector.MapPost("/activities", SendAsync);
        connector.MapPost("/activities/{activityId}", ReplyAsync);
        connector.MapPut("/activities/{activityId}", UpdateAsync);
        connector.MapDelete("/activities/{activityId}", Delete);
        connector.MapGet("/members", Members);
        connector.MapGet("/activities/{activityId}/members", Members);
    }

    private static Task<IResult> SendAsync(HttpRequest request, string conversationId, ConversationStore conversations, IOptions<DirectLineOptions> options, TimeProvider time, CancellationToken cancellationToken)
        => RecordAsync(request, conversationId, replyToId: null, conversations, options.Value, time, cancellationToken);

    private static Task<IResult> ReplyAsync(HttpRequest request, string conversationId, string activityId, ConversationStore conversations, IOptions<DirectLineOptions> options, TimeProvider time, CancellationToken cancellationToken)
        => RecordAsync(request, conversationId, activityId, conversations, options.Value, time, cancellationToken);

    private static async Task<IResult> RecordAsync(HttpRequest request, string conversationId, string? replyToId, ConversationStore conversations, DirectLineOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return ConversationNotFound();
        }

        if (await ActivityJson.ReadAsync(request, cancellationToken) is not { } activity)
        {
            return BadActivity();
        }

        activity.ReplyToId ??= replyToId;
        return ActivityJson.Ok(new ResourceResponse(conversation.Append(Stamp(activity, conversation, options, time))));
    }

    private static async Task<IResult> UpdateAsync(HttpRequest request, string conversationId, string activityId, ConversationStore conversations, IOptions<DirectLineOptions> options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return ConversationNotFound();
        }

        if (await ActivityJson.ReadAsync(request, cancellationToken) is not { } activity)
        {
            return BadActivity();
        }

        return conversation.Replace(activityId, Stamp(activity, conversation, options.Value, time))
            ? ActivityJson.Ok(new ResourceResponse(activityId))
            : ActivityJson.Error(StatusCodes.Status404NotFound, "NotFound", "No such activity in the conversation's history.");
    }

    private static IResult Delete(string conversationId, string activityId, ConversationStore conversations)
        => conversations.Find(conversationId) is { } conversation && conversation.Delete(activityId)
            ? Results.Ok()
            : ActivityJson.Error(StatusCodes.Status404NotFound, "NotFound", "No such activity in the conversation's history.");

    private static IResult Members(string conversationId, ConversationStore conversations, IOptions<DirectLineOptions> options)
        => conversations.Find(conversationId) is { } conversation
            ? ActivityJson.Ok(new[]
            {
                new ChannelAccount(conversation.UserId, role: RoleTypes.User),
                new ChannelAccount(options.Value.BotId, options.Value.BotName, RoleTypes.Bot),
            })
            : ConversationNotFound();

    /// <summary>Makes a bot activity look like Azure's: this conversation, from the bot, stamped now.</summary>
    private static Activity Stamp(Activity activity, DirectLineConversation conversation, DirectLineOptions options, TimeProvider time)
    {
        activity.ChannelId = UserActivityRelay.ChannelId;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = new ChannelAccount(activity.From?.Id ?? options.BotId, activity.From?.Name ?? options.BotName, RoleTypes.Bot);
        activity.Recipient ??= new ChannelAccount(conversation.UserId, role: RoleTypes.User);
        activity.Timestamp = time.GetUtcNow();
        return activity;
    }

    /// <summary>
    /// Loopback, or the same address on both ends: the bot calling its own host through the address the page
    /// used (say, a LAN address when trying the page on a phone).
    /// </summary>
    private static async ValueTask<object?> OnlyFromThisMachine(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var connection = context.HttpContext.Connection;
        var fromThisMachine = connection.RemoteIpAddress is { } remote
            && (IPAddress.IsLoopback(remote) || remote.Equals(connection.LocalIpAddress));
        return fromThisMachine
            ? await next(context)
            : ActivityJson.Error(StatusCodes.Status403Forbidden, "Forbidden", "The local connector only accepts calls from this machine.");
    }

    private static IResult ConversationNotFound()
        => ActivityJson.Error(StatusCodes.Status404NotFound, "NotFound", "The conversation has ended or expired.");

    private static IResult BadActivity()
        => ActivityJson.Error(StatusCodes.Status400BadRequest, "BadArgument", "The body must be an activity with a type.");
}
