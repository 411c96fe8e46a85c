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
        AssertHasText(card, "fallbackText");
        AssertHasText(card, "speak");

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
            AssertHasText(element, "label");
        }

        switch (type)
        {
            case "TextBlock":
                AssertHasText(element, "text");
                break;
            case "Image":
                AssertHasText(element, "url");
                AssertHasText(element, "altText");
                break;
            case "FactSet":
                Assert.All(element["facts"]!.Cast<JObject>(), fact =>
                {
                    AssertHasText(fact, "title");
                    AssertHasText(fact, "value");
                });
                break;
            case "Action.Submit":
                AssertSubmitValid(element);
                break;
            case "Input.Toggle" or "Input.ChoiceSet":
                // Without it a narrow chat cuts an option off after one line, and the safety check's options are whole questions.
                Assert.True(element.Value<bool?>("wrap") == true, $"{type} '{element.Value<string>("id")}' does not wrap its options.");
                break;
        }
    }

    private static void AssertSubmitValid(JObject submit)
    {
        AssertHasText(submit, "title");
        var data = Assert.IsType<JObject>(submit["data"]);
        Assert.Contains(data.Value<string>("action") ?? string.Empty, KnownActions);
        var teams = Assert.IsType<JObject>(data["msteams"]);
        Assert.Equal("messageBack", teams.Value<string>("type"));
        AssertHasText(teams, "displayText");
        Assert.Equal(teams.Value<string>("displayText"), teams.Value<string>("text"));
    }

    /// <summary>Hosts ignore a number or object where they expect text, so the property must be a real string.</summary>
    private static void AssertHasText(JObject element, string property)
    {
        var value = element[property];
        Assert.True(value?.Type == JTokenType.String, $"'{property}' of {element.Value<string>("type") ?? "an object"} is {value?.Type.ToString() ?? "missing"}, not text.");
        Assert.False(string.IsNullOrWhiteSpace(value!.Value<string>()), $"'{property}' of {element.Value<string>("type") ?? "an object"} is empty.");
    }
}
