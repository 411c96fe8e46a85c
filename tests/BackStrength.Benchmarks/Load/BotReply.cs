using Newtonsoft.Json.Linq;

namespace BackStrength.Benchmarks.Load;

/// <summary>
/// What the bot answered in one turn (the activities of an <c>expectReplies</c> response), reduced to what the
/// scripted person looks at: whether there was a card, and which submit actions the cards offer.
/// </summary>
public sealed class BotReply
{
    private const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    private const string ActionField = "action";

    private readonly HashSet<string> _actions;

    private BotReply(int activityCount, bool hasCard, HashSet<string> actions)
    {
        ActivityCount = activityCount;
        HasCard = hasCard;
        _actions = actions;
    }

    public static BotReply Empty { get; } = new(0, false, []);

    public int ActivityCount { get; }

    public bool HasCard { get; }

    public bool Offers(string action) => _actions.Contains(action);

    public static BotReply Parse(string expectedRepliesJson)
    {
        var activities = JObject.Parse(expectedRepliesJson)["activities"] as JArray ?? [];
        var cards = activities
            .SelectMany(activity => activity["attachments"] as JArray ?? [])
            .Where(attachment => attachment.Value<string>("contentType") == AdaptiveCardContentType)
            .Select(attachment => attachment["content"])
            .OfType<JObject>()
            .ToList();
        var actions = cards
            .SelectMany(card => card.DescendantsAndSelf().OfType<JProperty>())
            .Where(property => property.Name == ActionField && property.Value.Type == JTokenType.String)
            .Select(property => property.Value.Value<string>()!)
            .ToHashSet(StringComparer.Ordinal);
        return new BotReply(activities.Count, cards.Count > 0, actions);
    }
}
