namespace BackStrength.Cards;

/// <summary>Where the card layouts live.</summary>
public sealed class CardCatalogOptions
{
    /// <summary>The folder holding <c>&lt;name&gt;.json</c> templates; by default <c>cards</c> next to the app binaries.</summary>
    public string Directory { get; set; } = Path.Combine(AppContext.BaseDirectory, "cards");
}
