namespace BackStrength.DirectLine;

/// <summary>The <c>DirectLine</c> configuration section.</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Serves the web chat token endpoint and, unless turned off below, the local channel.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Runs the local channel even when an Azure secret is configured. Unset means: local channel only when
    /// there is no secret, because a configured secret means Azure's Direct Line is the real channel.
    /// </summary>
    public bool? EnableLocalChannel { get; set; }

    /// <summary>The Azure Direct Line secret. Stays on the server: the page only ever sees tokens.</summary>
    public string? Secret { get; set; }

    /// <summary>Azure's Direct Line service, where the secret is exchanged and the page then connects (a regional one, or a test's fake).</summary>
    public Uri AzureBaseUrl { get; set; } = new("https://directline.botframework.com/");

    /// <summary>Key that signs local tokens. Empty means a random key per start-up (tokens die on restart).</summary>
    public string? SigningKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A conversation nobody has touched for this long, with no page connected, is forgotten.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Activities kept per conversation; older ones drop off so memory stays bounded.</summary>
    public int MaxHistory { get; set; } = 500;

    /// <summary>How often an open WebSocket gets an empty message so proxies and browsers keep it open.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Requests per minute from one client address, to the token endpoint and the local channel together.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>The bot as the channel presents it to the page.</summary>
    public string BotId { get; set; } = "backstrength";

    public string BotName { get; set; } = "BackStrength";

    public bool LocalChannelActive => Enabled && (EnableLocalChannel ?? string.IsNullOrWhiteSpace(Secret));
}
