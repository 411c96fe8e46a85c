using BackStrength.DirectLine.Conversations;
using BackStrength.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>The outcome of checking a request's token against the conversation it names.</summary>
internal sealed record ConversationAccess(DirectLineConversation? Conversation, DirectLineToken? Grant, IResult? Denied);

/// <summary>
/// Lets a request into a conversation only with a valid token for exactly that conversation, so a
/// conversation id leaking (logs, screenshots) gives nobody else a way in.
/// </summary>
internal sealed class ConversationGate(DirectLineTokenService tokens, ConversationStore conversations)
{
    public ConversationAccess Check(HttpContext context, string conversationId)
    {
        if (tokens.Validate(BearerToken(context)) is not { } grant)
        {
            return Denied(StatusCodes.Status401Unauthorized, "TokenInvalid", "A valid, unexpired token is required.");
        }

        if (!string.Equals(grant.ConversationId, conversationId, StringComparison.Ordinal))
        {
            return Denied(StatusCodes.Status403Forbidden, "BadArgument", "This token is for a different conversation.");
        }

        return conversations.Find(conversationId) is { } conversation
            ? new ConversationAccess(conversation, grant, null)
            : Denied(StatusCodes.Status404NotFound, "NotFound", "The conversation has ended or expired.");
    }

    /// <summary>The token from the Authorization header, or from <c>t</c> for WebSockets, which cannot send headers.</summary>
    public static string? BearerToken(HttpContext context)
    {
        var header = context.Request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? header["Bearer ".Length..].Trim()
            : context.Request.Query["t"].FirstOrDefault();
    }

    private static ConversationAccess Denied(int statusCode, string code, string message)
        => new(null, null, ActivityJson.Error(statusCode, code, message));
}
