using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Tests;

/// <summary>Reads a rendered card the way a person would see it: its texts, buttons and inputs.</summary>
internal static class CardQueries
{
    public static IEnumerable<JObject> Elements(this JObject card, string type) =>
        card.DescendantsAndSelf().OfType<JObject>().Where(element => element.Value<string>("type") == type);

    public static IReadOnlyList<string> Texts(this JObject card) =>
        card.Elements("TextBlock").Select(block => block.Value<string>("text")!).ToList();

    /// <summary>The <c>data</c> of every submit button, including those inside show cards and action sets.</summary>
    public static IReadOnlyList<JObject> Buttons(this JObject card) =>
        card.Elements("Action.Submit").Select(button => (JObject)button["data"]!).ToList();

    public static IReadOnlyList<string> ButtonActions(this JObject card) =>
        card.Buttons().Select(data => data.Value<string>("action")!).ToList();

    public static IEnumerable<string> InputIds(this JObject card) => card.DescendantsAndSelf().OfType<JObject>()
        .Where(element => element.Value<string>("type")?.StartsWith("Input.", StringComparison.Ordinal) == true)
        .Select(element => element.Value<string>("id")!);

    public static JObject Input(this JObject card, string id) =>
        card.DescendantsAndSelf().OfType<JObject>().Single(element => element.Value<string>("id") == id);
}
