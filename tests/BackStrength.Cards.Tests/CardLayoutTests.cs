using Newtonsoft.Json;

namespace BackStrength.Cards.Tests;

/// <summary>Every shipped layout, rendered with its sample data and with edge-case data.</summary>
public class CardLayoutTests
{
    private static readonly CardCatalog Catalog = new(new CardCatalogOptions());

    public static TheoryData<string, string> EveryCardAndVariant()
    {
        var cases = new TheoryData<string, string>();
        foreach (var card in AllCardNames())
        {
            foreach (var variant in SampleData.Variants)
            {
                cases.Add(card, variant);
            }
        }

        return cases;
    }

    [Fact]
    public void The_catalog_holds_exactly_the_named_cards_and_each_has_sample_data_and_a_contract()
    {
        Assert.Equal(AllCardNames().Order(), Catalog.CardNames.Order());
        Assert.Equal(AllCardNames().Order(), SampleData.CardsWithOptionalFields.Order());
        Assert.All(AllCardNames(), name => Assert.True(File.Exists(Path.Combine(TestPaths.CardsFolder, $"{name}.data.json")), name));
    }

    [Theory]
    [MemberData(nameof(EveryCardAndVariant))]
    public void Every_card_renders_valid_accessible_and_small_with_any_data(string cardName, string variant)
    {
        var rendered = Catalog.Render(cardName, SampleData.Load(cardName, variant));
        var card = rendered.ToJObject();

        CardInvariants.AssertValid(card);
        // A message repeats these outside the card, for screen readers and notifications.
        Assert.Equal(card.Value<string>("speak"), rendered.Speak);
        Assert.Equal(card.Value<string>("fallbackText"), rendered.FallbackText);

        // Kept for tests/cards-validation, which checks the same cards with the official parser.
        Directory.CreateDirectory(TestPaths.RenderedCardsFolder);
        File.WriteAllText(Path.Combine(TestPaths.RenderedCardsFolder, $"{cardName}.{variant}.json"), card.ToString(Formatting.Indented));
    }

    private static IEnumerable<string> AllCardNames() => typeof(CardNames)
        .GetFields()
        .Where(field => field.IsLiteral)
        .Select(field => (string)field.GetRawConstantValue()!);
}
