using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Hosting;

/// <summary>
/// Browser security headers for the chat page and everything else the bot serves: scripts only from the bot
/// itself (Web Chat is bundled, never from a CDN), no framing, no sniffing, no referrer leaks.
/// </summary>
public sealed class SecurityHeaders(IOptions<SecurityHeadersOptions> options) : IMiddleware
{
    private readonly string _policy = string.Join("; ",
        "default-src 'self'",
        "script-src 'self'",
        // Web Chat's components set their styles at run time.
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        // 'self' covers the page's own Direct Line WebSocket (same host, ws/wss); "ws: wss:" would allow any host.
        $"connect-src 'self' {string.Join(' ', options.Value.ExtraConnectSources)}".TrimEnd(),
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
}

/// <summary>Section "SecurityHeaders".</summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "SecurityHeaders";

    /// <summary>Where else the page may connect, e.g. Azure's Direct Line: https://directline.botframework.com wss://directline.botframework.com.</summary>
    public List<string> ExtraConnectSources { get; set; } = [];
}
