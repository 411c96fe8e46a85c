using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Tests;

public sealed class CardCatalogTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("cards-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Loads_templates_but_not_sample_data_files()
    {
        File.WriteAllText(Path.Combine(_folder, "hello.json"), """{ "type": "AdaptiveCard", "speak": "Hello ${name}" }""");
        File.WriteAllText(Path.Combine(_folder, "hello.data.json"), """{ "name": "Sam" }""");

        var catalog = new CardCatalog(new CardCatalogOptions { Directory = _folder });

        Assert.Equal(["hello"], catalog.CardNames);
        Assert.Equal("Hello Sam", catalog.Render("hello", new { Name = "Sam" }).Speak);
    }

    [Fact]
    public void An_unknown_card_name_says_which_cards_exist()
    {
        File.WriteAllText(Path.Combine(_folder, "hello.json"), """{ "type": "AdaptiveCard" }""");
        var catalog = new CardCatalog(new CardCatalogOptions { Directory = _folder });

        var error = Assert.Throws<UnknownCardException>(() => catalog.Render("goodbye", new { }));

        Assert.Equal("goodbye", error.CardName);
        Assert.Contains("Known cards: hello", error.Message);
    }

    [Fact]
    public void A_broken_template_fails_when_the_catalog_is_created_and_names_the_file()
    {
        File.WriteAllText(Path.Combine(_folder, "broken.json"), """{ "text": "${count(}" }""");

        var error = Assert.Throws<InvalidDataException>(() => new CardCatalog(new CardCatalogOptions { Directory = _folder }));

        Assert.Contains("broken.json", error.Message);
    }

    [Fact]
    public void A_missing_folder_is_reported_clearly()
    {
        var missing = Path.Combine(_folder, "nope");

        var error = Assert.Throws<DirectoryNotFoundException>(() => new CardCatalog(new CardCatalogOptions { Directory = missing }));

        Assert.Contains(missing, error.Message);
    }

    [Fact]
    public void By_default_the_catalog_reads_the_cards_folder_next_to_the_app()
    {
        var catalog = new CardCatalog(new CardCatalogOptions());

        Assert.Contains(CardNames.Plan, catalog.CardNames);
        Assert.Equal("AdaptiveCard", catalog.Render(CardNames.Welcome, new { }).ToJObject().Value<string>("type"));
    }
}
