using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Tests;

/// <summary>A rendered card travels as an attachment's content, inside whatever message carries it.</summary>
public class RenderedCardTests
{
    private static readonly RenderedCard Card = CardTemplate
        .Parse("""{ "type": "AdaptiveCard", "speak": "${title}", "fallbackText": "Do ${title}", "body": [ { "type": "TextBlock", "text": "${title}" } ] }""")
        .Expand(new { Title = "Bridge" });

    [Fact]
    public void Inside_a_message_the_card_is_its_json_not_a_string_holding_it()
    {
        var message = new { Type = "message", Attachments = new[] { new { ContentType = "application/vnd.microsoft.card.adaptive", Content = (object)Card } } };

        var sent = JObject.Parse(JsonConvert.SerializeObject(message));

        Assert.Equal(JObject.Parse("""{ "type": "AdaptiveCard", "speak": "Bridge", "fallbackText": "Do Bridge", "body": [ { "type": "TextBlock", "text": "Bridge" } ] }"""),
            sent["Attachments"]![0]!["Content"]!, JToken.EqualityComparer);
    }

    [Fact]
    public void Read_as_a_json_tree_it_is_the_card_not_one_opaque_value()
    {
        var tree = JObject.FromObject(new { Content = (object)Card })["Content"];

        Assert.Equal("Bridge", tree?["body"]?[0]?.Value<string>("text"));
    }

    [Fact]
    public void It_keeps_the_spoken_summary_and_fallback_text_beside_the_card()
    {
        Assert.Equal("Bridge", Card.Speak);
        Assert.Equal("Do Bridge", Card.FallbackText);
    }

    [Fact]
    public void A_card_without_them_has_no_spoken_summary_or_fallback_text()
    {
        var card = CardTemplate.Parse("""{ "type": "AdaptiveCard", "body": [] }""").Expand(new { });

        Assert.Null(card.Speak);
        Assert.Null(card.FallbackText);
    }
}
