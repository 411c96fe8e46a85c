using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Tests;

/// <summary>What every rendered card must satisfy to work in Teams, Web Chat and screen readers.</summary>
internal static class CardInvariants
{
    /// <summary>Teams refuses messages over about 28 KB.</summary>
    public const int MaxCardBytes = 28 * 1024;

    /// <summary>The default host configuration (Web Chat) shows at most five buttons in a row.</summary>
    public const int MaxActionsPerRow = 5;

    private static readonly HashSet<string> KnownActions = typeof(CardActions)
        .GetFields()
        .Where(field => field.IsLiteral && !field.Name.EndsWith("Field", StringComparison.Ordinal))
        .Select(field => (string)field.GetRawConstantValue()!)
        .ToHashSet();

    public static void AssertValid(JObject card)
    {
        var json = card.ToString(Formatting.None);
        Assert.True(Encoding.UTF8.GetByteCount(json) < MaxCardBytes, $"The card is {Encoding.UTF8.GetByteCount(json)} bytes.");
        Assert.Equal(card, JObject.Parse(json), JToken.EqualityComparer);

        Assert.Equal("AdaptiveCard", card.Value<string>("type"));
        Assert.True(Version.Parse(card.Value<string>("version")!) <= new Version(1, 5), "Teams supports card versions up to 1.5.");
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card.Value<string>("$schema"));
        Assert.False(string.IsNullOrWhiteSpace(card.Value<string>("fallbackText")), "fallbackText is empty.");
        Assert.False(string.IsNullOrWhiteSpace(card.Value<string>("speak")), "speak is empty.");

        var strings = card.Descendants().OfType<JValue>().Where(value => value.Type == JTokenType.String).Select(value => value.Value<string>()!);
        Assert.DoesNotContain(strings, text => text.Contains("${", StringComparison.Ordinal));
        Assert.DoesNotContain(card.Descendants().OfType<JProperty>(), property => property.Name is "$data" or "$when");

        foreach (var element in card.DescendantsAndSelf().OfType<JObject>())
        {
            AssertElementValid(element);
        }
    }

    private static void AssertElementValid(JObject element)
    {
        if (element["actions"] is JArray actions)
        {
            Assert.True(actions.Count <= MaxActionsPerRow, $"{actions.Count} buttons in one row.");
        }

        var type = element.Value<string>("type") ?? string.Empty;
        if (type.StartsWith("Input.", StringComparison.Ordinal))
        {
            Assert.False(string.IsNullOrWhiteSpace(element.Value<string>("label")), $"Input '{element.Value<string>("id")}' has no label.");
        }

        switch (type)
        {
            case "TextBlock":
                Assert.False(string.IsNullOrWhiteSpace(element.Value<string>("text")), "A TextBlock has no text.");
                break;
            case "Image":
                Assert.False(string.IsNullOrWhiteSpace(element.Value<string>("url")), "An Image has no url.");
                Assert.False(string.IsNullOrWhiteSpace(element.Value<string>("altText")), "An Image has no altText.");
                break;
            case "Action.Submit":
                AssertSubmitValid(element);
                break;
        }
    }

    private static void AssertSubmitValid(JObject submit)
    {
        Assert.False(string.IsNullOrWhiteSpace(submit.Value<string>("title")), "A button has no title.");
        var data = Assert.IsType<JObject>(submit["data"]);
        Assert.Contains(data.Value<string>("action") ?? string.Empty, KnownActions);
        var teams = Assert.IsType<JObject>(data["msteams"]);
        Assert.Equal("messageBack", teams.Value<string>("type"));
        Assert.False(string.IsNullOrWhiteSpace(teams.Value<string>("displayText")), "A button has no msteams displayText.");
        Assert.Equal(teams.Value<string>("displayText"), teams.Value<string>("text"));
    }
}
