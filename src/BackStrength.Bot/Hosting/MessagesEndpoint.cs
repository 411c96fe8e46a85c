using System.Buffers;
using System.IdentityModel.Tokens.Jwt;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// POST /api/messages: checks the request before the Bot Framework adapter sees it, so odd input gets a clear
/// 4xx instead of an exception: too large (413), not JSON or missing what every activity needs (400), from a
/// Teams tenant that is not allowed (403). Authentication stays with the adapter; a token it cannot parse or
/// validate is answered 401 here rather than surfacing as a 500. The activity read for those checks is the one
/// the adapter processes, as CloudAdapter.ProcessAsync would after reading the body itself.
/// </summary>
public sealed class MessagesEndpoint(
    BotAdapter adapter,
    IOptions<MessagesEndpointOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<MessagesEndpoint> logger)
{
    private const int ChunkBytes = 16 * 1024;

    // Nothing reads where in the body a field was, and keeping it put an annotation on every token of every request.
    private static readonly JsonLoadSettings WithoutLineInfo = new() { LineInfoHandling = LineInfoHandling.Ignore };

    private readonly MessagesEndpointOptions _options = options.Value;

    public async Task HandleAsync(HttpContext context, IBot bot)
    {
        var request = context.Request;
        var body = await ReadBodyAsync(request, context.RequestAborted);
        if (body is null)
        {
            await RejectAsync(context, StatusCodes.Status413PayloadTooLarge, $"An activity may be at most {_options.MaxActivityBytes} bytes.");
            return;
        }

        JObject json;
        try
        {
            // Dates stay text until the activity is read, so a message that looks like a date arrives as typed.
            body.Position = 0;
            using var reader = new JsonTextReader(new StreamReader(body)) { DateParseHandling = DateParseHandling.None };
            json = JObject.Load(reader, WithoutLineInfo);
        }
        catch (JsonException)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, "The body is not a JSON activity.");
            return;
        }

        if (MissingField(json) is { } missing)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, $"The activity has no {missing}.");
            return;
        }

        if (ReadActivity(json) is not { } activity)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, "The activity has fields of the wrong type.");
            return;
        }

        if (!TenantAllowed(json))
        {
            logger.LogWarning("Refused an activity from a Teams tenant that is not on the allow-list");
            await RejectAsync(context, StatusCodes.Status403Forbidden, "This bot is not available to your organisation.");
            return;
        }

        if (!AuthorizationReadable(request))
        {
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "The Authorization header is not a bearer token.");
            return;
        }

        try
        {
            // Once it has started, a turn runs to its end even if the caller hangs up (channels give up after 15-20 s):
            // cut off half-way it would fail, and a failed turn resets the person's conversation. Only shutdown stops it.
            var answer = await adapter.ProcessCheckedActivityAsync(request.Headers.Authorization.ToString(), activity, bot, lifetime.ApplicationStopping);
            await TurnAnswerWriter.WriteAsync(context.Response, answer, context.RequestAborted);
        }
        catch (UnauthorizedAccessException) when (!context.Response.HasStarted)
        {
            // A missing token, or one for another bot: the adapter's own answer in CloudAdapter.ProcessAsync.
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        }
        catch (SecurityTokenException rejected) when (!context.Response.HasStarted)
        {
            // The adapter answers 401 itself only for a missing token or one for another bot; an unsigned, forged
            // or otherwise invalid one escapes as the token library's exception, and must be a 401 too, not a 500.
            logger.LogWarning("Refused an activity whose token failed validation ({Reason})", rejected.GetType().Name);
            await RejectAsync(context, StatusCodes.Status401Unauthorized, "The request's token is not valid.");
        }
    }

    /// <summary>No header (the adapter decides), or "Bearer" and a token the SDK can decode, which it would otherwise throw on.</summary>
    private static bool AuthorizationReadable(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        if (header.Length == 0)
        {
            return true;
        }

        var parts = header.Split(' ');
        if (parts.Length != 2 || parts[0] != "Bearer")
        {
            return false;
        }

        try
        {
            _ = new JwtSecurityToken(parts[1]);
            return true;
        }
        catch (ArgumentException)
        {
            // Not decodable as a JWT (the token library's malformed-token errors are ArgumentExceptions).
            return false;
        }
    }

    private async Task<MemoryStream?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > _options.MaxActivityBytes)
        {
            return null;
        }

        // Sized from Content-Length (up to one chunk, since the request is not authenticated yet) and read through
        // a pooled chunk: every message passes here, and a fresh 16 KB array per request was a visible share of the
        // bot's garbage.
        var buffer = new MemoryStream(request.ContentLength is { } length and > 0 ? (int)Math.Min(length, ChunkBytes) : 0);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > _options.MaxActivityBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer;
    }

    /// <summary>The first field every activity needs that this one lacks, or null.</summary>
    private static string? MissingField(JObject activity)
    {
        if (activity["type"] is not JValue { Type: JTokenType.String } type || string.IsNullOrWhiteSpace((string?)type))
        {
            return "type";
        }

        // The channel's id is part of every state key, so state cannot even be loaded without it.
        if (activity["channelId"] is not JValue { Type: JTokenType.String } channelId || string.IsNullOrWhiteSpace((string?)channelId))
        {
            return "channelId";
        }

        if (StringAt(activity, "conversation", "id") is null)
        {
            return "conversation.id";
        }

        // On Linux "/relative" parses as an absolute file: URI, so the scheme must be checked as well.
        if (activity["serviceUrl"] is not JValue { Type: JTokenType.String } serviceUrl
            || !Uri.TryCreate((string?)serviceUrl, UriKind.Absolute, out var serviceUri)
            || (serviceUri.Scheme != Uri.UriSchemeHttps && serviceUri.Scheme != Uri.UriSchemeHttp))
        {
            return "serviceUrl";
        }

        if (StringAt(activity, "from", "id") is null)
        {
            return "from.id";
        }

        // The bot's own id in the conversation: replies are sent from it and mentions of it are stripped.
        return StringAt(activity, "recipient", "id") is null ? "recipient.id" : null;
    }

    /// <summary>
    /// The activity, read as the SDK reads a request, if it and the mentions the bot strips from Teams messages are
    /// readable; a channel never sends anything else, so a field of the wrong type is a bad request rather than a
    /// failed turn.
    /// </summary>
    private static Activity? ReadActivity(JObject json)
    {
        try
        {
            var activity = json.ToObject<Activity>(HttpHelper.BotMessageSerializer) ?? throw new JsonSerializationException("Empty activity.");
            // Teams' channel data is read by the Teams handler before the bot sees the activity.
            if (activity.ChannelId == Channels.Msteams)
            {
                _ = activity.GetChannelData<TeamsChannelData>();
            }

            // A mention always names who was mentioned and how; the SDK's mention stripping relies on both.
            return (activity.Entities ?? []).Where(entity => entity?.Type == "mention")
                .All(mention => mention.GetAs<Mention>() is { Mentioned.Id: not null, Text: not null }) ? activity : null;
        }
        catch (Exception unreadable) when (unreadable is JsonException or ArgumentException or FormatException or InvalidCastException)
        {
            return null;
        }
    }

    /// <summary>The string at object.field, or null when either is missing or of another JSON type.</summary>
    private static string? StringAt(JObject activity, string objectName, string field) =>
        activity[objectName] is JObject owner && owner[field] is JValue { Type: JTokenType.String } value ? (string?)value : null;

    private bool TenantAllowed(JObject activity)
    {
        if (_options.AllowedTenantIds.Count == 0 || activity["channelId"] is not JValue { Type: JTokenType.String, Value: "msteams" })
        {
            return true;
        }

        var tenant = (activity["channelData"] as JObject is { } channelData ? StringAt(channelData, "tenant", "id") : null)
            ?? StringAt(activity, "conversation", "tenantId");
        return tenant is not null && _options.AllowedTenantIds.Contains(tenant, StringComparer.OrdinalIgnoreCase);
    }

    private static async Task RejectAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error = detail }, context.RequestAborted);
    }
}

/// <summary>Limits of /api/messages, section "Messages".</summary>
public sealed class MessagesEndpointOptions
{
    public const string Section = "Messages";

    /// <summary>Teams caps a message at about 100 KB of text and 28 KB of card; 256 KB leaves room for channel data.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    /// <summary>Longer typed messages get a polite request to say it more briefly.</summary>
    public int MaxMessageCharacters { get; set; } = 2000;

    /// <summary>Microsoft Entra tenant ids whose Teams users may use the bot; empty allows every tenant.</summary>
    public List<string> AllowedTenantIds { get; set; } = [];
}
