namespace BackStrength.Bot.Hosting.Connector;

/// <summary>How long the SDK's channel clients are kept between turns, and how many (section <c>ChannelClients</c>).</summary>
public sealed class ReusedChannelClientsOptions
{
    public const string Section = "ChannelClients";

    /// <summary>How long a client is used again before a new one is built; IHttpClientFactory's handler lifetime by default.</summary>
    public TimeSpan KeepFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>At most this many clients are kept: one per channel address, app and audience.</summary>
    public int MaxKept { get; set; } = 64;
}
