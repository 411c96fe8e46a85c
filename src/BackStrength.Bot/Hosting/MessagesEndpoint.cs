using System.IdentityModel.Tokens.Jwt;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// POST /api/messages: checks the request before the Bot Framework adapter sees it, so odd input gets a clear
/// 4xx instead of an exception: too large (413), not JSON or missing what every activity needs (400), from a
/// Teams tenant that is not allowed (403). Authentication stays with the adapter; a token it cannot parse or
/// validate is answered 401 here rather than surfacing as a 500.
/// </summary>
public sealed class MessagesEndpoint(IBotFrameworkHttpAdapter adapter, IOptions<MessagesEndpointOptions> options, ILogger<MessagesEndpoint> logger)
{
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

        JObject activity;
        try
        {
            activity = JObject.Parse(System.Text.Encoding.UTF8.GetString(body.ToArray()));
        }
        catch (JsonException)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, "The body is not a JSON activity.");
            return;
        }

        if (MissingField(activity) is { } missing)
        {
            await RejectAsync(context, StatusCodes.Status400BadRequest, $"The activity has no {missing}.");
            return;
        }

        if (!TenantAllowed(activity))
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

        body.Position = 0;
        request.Body = body;
        try
        {
            await adapter.ProcessAsync(request, context.Response, bot, context.RequestAborted);
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

        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > _options.MaxActivityBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
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

        if (activity["conversation"]?["id"] is not JValue { Type: JTokenType.String })
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

        return activity["from"]?["id"] is JValue { Type: JTokenType.String } ? null : "from.id";
    }

    private bool TenantAllowed(JObject activity)
    {
        if (_options.AllowedTenantIds.Count == 0 || (string?)activity["channelId"] != "msteams")
        {
            return true;
        }

        var tenant = (string?)activity["channelData"]?["tenant"]?["id"] ?? (string?)activity["conversation"]?["tenantId"];
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
