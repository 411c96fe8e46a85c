using BackStrength.DirectLine.Tokens;
using Microsoft.AspNetCore.Http;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>The local channel's addresses, derived from the request so they work on any host and port.</summary>
internal static class ChannelUrls
{
    public const string DirectLinePath = "/v3/directline";
    public const string ConnectorPath = "/directline/connector";

    public static string Origin(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";

    public static string DirectLineDomain(HttpRequest request) => Origin(request) + DirectLinePath;

    /// <summary>The serviceUrl the bot's connector client replies to.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{Origin(request)}{ConnectorPath}/";

    public static string StreamUrl(HttpRequest request, string conversationId, string? watermark, string token)
    {
        var scheme = request.IsHttps ? "wss" : "ws";
        return $"{scheme}://{request.Host}{request.PathBase}{DirectLinePath}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
            + $"?watermark={Uri.EscapeDataString(watermark ?? string.Empty)}&t={Uri.EscapeDataString(token)}";
    }
}
