using System.Text.Json;

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

    /// <summary>
    /// Reads the response body as it came off the wire. The driver shares the machine's two cores with the bot, so
    /// this stays lean: a pooled <see cref="JsonDocument"/> rather than a tree of objects, which cost the driver
    /// more CPU per card reply than the echo bot's plain text and so counted against the bot being measured.
    /// </summary>
    public static BotReply Parse(ReadOnlyMemory<byte> expectedRepliesJson)
    {
        using var document = JsonDocument.Parse(expectedRepliesJson);
        if (!document.RootElement.TryGetProperty("activities", out var activities) || activities.ValueKind != JsonValueKind.Array)
        {
            return Empty;
        }

        var hasCard = false;
        var actions = new HashSet<string>(StringComparer.Ordinal);
        foreach (var activity in activities.EnumerateArray())
        {
            if (!activity.TryGetProperty("attachments", out var attachments) || attachments.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var attachment in attachments.EnumerateArray())
            {
                if (attachment.TryGetProperty("contentType", out var contentType) && contentType.ValueEquals(AdaptiveCardContentType)
                    && attachment.TryGetProperty("content", out var card) && card.ValueKind == JsonValueKind.Object)
                {
                    hasCard = true;
                    CollectActions(card, actions);
                }
            }
        }

        return new BotReply(activities.GetArrayLength(), hasCard, actions);
    }

    /// <summary>Every string <c>action</c> field anywhere in the card: on submit actions, in their data.</summary>
    private static void CollectActions(JsonElement element, HashSet<string> actions)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.NameEquals(ActionField) && property.Value.ValueKind == JsonValueKind.String)
                    {
                        actions.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        CollectActions(property.Value, actions);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    CollectActions(item, actions);
                }

                break;
        }
    }
}
