using BackStrength.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackStrength.Reminders.Tests.Support;

/// <summary>What the person sees in a reply: its words, and the card's name-giving parts and buttons.</summary>
public static class Replies
{
    public static string Texts(this IEnumerable<IActivity> replies) =>
        string.Join("\n", replies.OfType<IMessageActivity>().Select(reply => reply.Text).Where(text => text is not null));

    public static JObject? Card(this IActivity reply) =>
        (reply as IMessageActivity)?.Attachments?.FirstOrDefault()?.Content switch
        {
            RenderedCard card => card.ToJObject(),
            var content => content as JObject,
        };

    /// <summary>The <c>action</c> of every button on the replies' cards, in order.</summary>
    public static IReadOnlyList<string> ButtonActions(this IEnumerable<IActivity> replies) =>
        [.. replies.Select(Card).OfType<JObject>()
            .SelectMany(card => card["actions"] ?? new JArray())
            .Select(action => (string?)action["data"]?["action"])
            .OfType<string>()];

    /// <summary>Every text on the replies' cards (text blocks, titles, fallback text).</summary>
    public static string CardWords(this IEnumerable<IActivity> replies) =>
        string.Join("\n", replies.Select(Card).OfType<JObject>()
            .SelectMany(card => card.Descendants().OfType<JProperty>())
            .Where(property => property.Name is "text" or "title" or "fallbackText" && property.Value.Type == JTokenType.String)
            .Select(property => (string)property.Value!));

    public static bool HasInput(this IEnumerable<IActivity> replies, string inputId) =>
        replies.Select(Card).OfType<JObject>().Any(card => card.Descendants().OfType<JObject>().Any(element => (string?)element["id"] == inputId));
}
