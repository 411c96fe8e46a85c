namespace BackStrength.Illustrations.Web;

/// <summary>Settings of the "Illustrations" configuration section.</summary>
public sealed class IllustrationOptions
{
    public const string Section = "Illustrations";

    /// <summary>
    /// Absolute address the bot is reached at, e.g. "https://backstrength.example.com", so channels that fetch card
    /// images themselves (Teams) can load them. Empty gives relative URLs, which only the bot's own web chat resolves.
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";
}
