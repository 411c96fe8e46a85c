using BackStrength.DirectLine;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// Browser security headers for the chat page and everything else the bot serves: scripts only from the bot
/// itself (Web Chat is bundled, never from a CDN), connections only to the bot and the Direct Line service the page
/// is given, no framing, no sniffing, no referrer leaks.
/// </summary>
public sealed class SecurityHeaders(IOptions<DirectLineOptions> directLine) : IMiddleware
{
    private readonly string _policy = string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        // Web Chat's components set their styles at run time.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        $"connect-src {string.Join(' ', ConnectSources(directLine.Value))}",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'");

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = _policy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(context);
    }

    /// <summary>
    /// The bot's own host ('self' covers its local Direct Line WebSocket too) and, when a Direct Line secret makes the
    /// page chat through Azure's service, that service over https and wss. Never any other host.
    /// </summary>
    private static IEnumerable<string> ConnectSources(DirectLineOptions directLine)
    {
        yield return "'self'";
        if (!string.IsNullOrWhiteSpace(directLine.Secret))
        {
            var service = directLine.AzureBaseUrl;
            yield return service.GetLeftPart(UriPartial.Authority);
            yield return $"{(service.Scheme == Uri.UriSchemeHttps ? "wss" : "ws")}://{service.Authority}";
        }
    }
}
