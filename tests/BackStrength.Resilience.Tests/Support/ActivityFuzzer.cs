using Newtonsoft.Json.Linq;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>
/// Seeded random activities: well-formed messages, card submits and joins from a handful of conversations, then
/// mutated: fields dropped or given the wrong JSON type, odd Unicode, huge or empty texts, random card values.
/// The same seed always gives the same sequence, so a failure can be replayed.
/// </summary>
public sealed class ActivityFuzzer(int seed, string serviceUrl)
{
    private static readonly string[] Types = ["message", "message", "message", "conversationUpdate", "invoke", "event", "typing", "installationUpdate", "messageReaction", "endOfConversation", "", "MESSAGE", "💥"];
    private static readonly string[] Channels = ["webchat", "msteams", "directline", "emulator", "", "../../etc"];
    private static readonly string[] Words = ["start", "yes", "no", "none", "done", "skip", "easier", "harder", "swap", "help", "stop", "forget me", "plan", "it hurts", "bird dog", "10", "3", "-1", "about right", "too hard", "my leg is numb", "start over", "thanks"];
    private static readonly string[] Actions = ["acceptDisclaimer", "declineDisclaimer", "submitSafetyCheck", "submitAssessment", "submitQuickCheck", "startSession", "done", "easier", "harder", "swap", "skip", "hurts", "feeling", "showLibrary", "showExercise", "forgetMeConfirm", "forgetMeCancel", "endSession", "startOver", "redFlagAcknowledged", "changeTime", "help"];
    private static readonly string[] CardFields = ["painNow", "experience", "canGetToFloor", "kneelingComfortable", "equipment", "minutes", "focus", "painBelowKnee", "feeling", "exerciseId", "redFlags", "painAfter"];
    private static readonly string[] OddTexts = ["", " ", "\u0000", "\u200b\u200b", "\u202eevil", "🧘‍♀️🏋️", "ｓｔａｒｔ", "\ud800", "start\r\n\r\nstart", "<at>BackStrength</at> start", "<script>alert(1)</script>", "'; DROP TABLE state; --", "{{template}}", "%s%s%n", "İ", "ß", "Ⅻ", "٣"];

    private readonly Random _random = new(seed);

    public JObject Next()
    {
        var conversation = $"fuzz-conversation-{_random.Next(12)}";
        var activity = new JObject
        {
            ["type"] = Pick(Types),
            ["id"] = _random.Next(20) == 0 ? "repeated-id" : $"fuzz-{_random.NextInt64():x}",
            ["channelId"] = _random.Next(4) == 0 ? Pick(Channels) : "webchat",
            ["serviceUrl"] = serviceUrl,
            ["conversation"] = new JObject { ["id"] = conversation },
            ["from"] = new JObject { ["id"] = $"fuzz-user-{_random.Next(8)}", ["name"] = Text() },
            ["recipient"] = new JObject { ["id"] = "backstrength-bot" },
            ["deliveryMode"] = _random.Next(10) == 0 ? "normal" : "expectReplies",
            ["timestamp"] = DateTimeOffset.UtcNow,
        };
        switch (_random.Next(4))
        {
            case 0:
                activity["value"] = CardValue();
                break;
            case 1:
                activity["membersAdded"] = new JArray(new JObject { ["id"] = "backstrength-bot" }, new JObject { ["id"] = activity["from"]!["id"] });
                break;
            default:
                activity["text"] = Text();
                break;
        }

        var mutations = _random.Next(4);
        for (var i = 0; i < mutations; i++)
        {
            Mutate(activity);
        }

        return activity;
    }

    private JObject CardValue()
    {
        var value = new JObject { ["action"] = _random.Next(8) == 0 ? AnyValue() : Pick(Actions) };
        var fields = _random.Next(5);
        for (var i = 0; i < fields; i++)
        {
            value[Pick(CardFields)] = _random.Next(2) == 0 ? AnyValue() : Pick(Words);
        }

        return value;
    }

    private string Text() => _random.Next(8) switch
    {
        0 => Pick(OddTexts),
        1 => new string(Enumerable.Range(0, _random.Next(1, 3000)).Select(_ => (char)_random.Next(32, 0xD7FF)).ToArray()),
        2 => string.Concat(Enumerable.Repeat(Pick(Words) + " ", _random.Next(300, 700))),
        _ => Pick(Words),
    };

    private void Mutate(JObject activity)
    {
        var fields = activity.Properties().Select(property => property.Name).ToList();
        var field = Pick([.. fields, "attachments", "entities", "channelData", "locale", "replyToId", "membersRemoved", "name", "value"]);
        switch (_random.Next(6))
        {
            case 0:
                activity.Remove(field);
                break;
            case 1:
                activity[field] = AnyValue();
                break;
            case 2:
                activity["channelData"] = new JObject { ["tenant"] = AnyValue(), ["team"] = AnyValue(), ["eventType"] = AnyValue() };
                break;
            case 3:
                activity["entities"] = new JArray(new JObject { ["type"] = "mention", ["mentioned"] = AnyValue(), ["text"] = AnyValue() });
                break;
            case 4:
                activity["attachments"] = new JArray(new JObject { ["contentType"] = AnyValue(), ["content"] = AnyValue() });
                break;
            default:
                activity[field] = activity[field] is JObject nested ? WithWrongTypes(nested) : Text();
                break;
        }
    }

    private JObject WithWrongTypes(JObject nested)
    {
        foreach (var property in nested.Properties().ToList())
        {
            property.Value = AnyValue();
        }

        return nested;
    }

    private JToken AnyValue() => _random.Next(9) switch
    {
        0 => JValue.CreateNull(),
        1 => new JValue(_random.Next(-5, 100)),
        2 => new JValue(_random.NextDouble() * 1e10),
        3 => new JValue(_random.Next(2) == 0),
        4 => new JArray(Pick(Words), _random.Next()),
        5 => new JObject { ["id"] = Pick(Words), [Pick(CardFields)] = Pick(OddTexts) },
        6 => new JValue(Pick(OddTexts)),
        7 => new JValue(Pick(Actions)),
        _ => new JValue(Pick(Words)),
    };

    private T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
