using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Tests;

/// <summary>
/// The sample data of each layout (<c>cards/&lt;name&gt;.data.json</c>) and edge-case variants derived from it:
/// every free text made long and full of markdown, every list empty, and every optional field left out.
/// </summary>
internal static class SampleData
{
    public const string Sample = "sample";
    public const string LongText = "long-text";
    public const string EmptyLists = "empty-lists";
    public const string Minimal = "minimal";

    public static readonly string[] Variants = [Sample, LongText, EmptyLists, Minimal];

    /// <summary>
    /// The data contract's optional fields: "name" at the top level, "list[].name" inside each item of a list.
    /// A card must still render fully without them.
    /// </summary>
    private static readonly Dictionary<string, string[]> OptionalFields = new()
    {
        [CardNames.Welcome] = ["userName", "lastSession"],
        [CardNames.Disclaimer] = ["seekCareSigns"],
        [CardNames.SafetyCheck] = [],
        [CardNames.Assessment] = ["isUpdate", "values"],
        [CardNames.QuickCheck] = ["userName", "lastSession", "painNow", "minutes"],
        [CardNames.Plan] = ["isGentle", "gentleNotice", "notice", "equipment", "exercises[].imageUrl", "exercises[].imageAltText"],
        [CardNames.Exercise] = ["position", "total", "showSessionActions", "changeNote", "whyItHelps", "imageUrl", "imageAltText", "formCues", "commonMistakes", "whenToStop"],
        [CardNames.Feeling] = ["exerciseId", "exerciseName"],
        [CardNames.Summary] = ["minutes", "skipped", "nextTime", "painBefore", "painAfter"],
        [CardNames.Progress] = [],
        [CardNames.Library] = ["areas[].description"],
        [CardNames.Help] = ["inSession", "inSessionNote"],
        [CardNames.SafetyStop] = ["urgentAdvice"],
        [CardNames.PainAdvice] = ["exerciseId", "exerciseName", "canGoEasier", "easierName"],
        [CardNames.ForgetMe] = ["storedItems"],
        [CardNames.Message] = ["title", "buttons"],
        [CardNames.Reminder] = ["selectedDays", "time", "timeZone"],
    };

    // Values the bot matches on (ids, verbs, choice values, links) rather than text a person reads.
    private static readonly HashSet<string> MachineReadableFields = ["id", "exerciseId", "action", "feeling", "imageUrl", "experience", "focus", "equipment", "selectedDays", "time"];

    private const string MarkdownLookalikes = " *starred* _under_ [link](https://evil.example) ~gone~ \n- item\n1. item";

    public static IEnumerable<string> CardsWithOptionalFields => OptionalFields.Keys;

    public static JObject Load(string cardName, string variant)
    {
        var sample = JObject.Parse(File.ReadAllText(Path.Combine(TestPaths.CardsFolder, $"{cardName}.data.json")));
        switch (variant)
        {
            case LongText:
                Lengthen(sample);
                break;
            case EmptyLists:
                foreach (var list in sample.Descendants().OfType<JArray>().ToList())
                {
                    list.RemoveAll();
                }

                break;
            case Minimal:
                foreach (var field in OptionalFields[cardName])
                {
                    Remove(sample, field);
                }

                break;
        }

        return sample;
    }

    private static void Lengthen(JObject data)
    {
        foreach (var text in data.Descendants().OfType<JValue>().Where(value => value.Type == JTokenType.String).ToList())
        {
            var owner = text.Parent is JArray list ? list.Parent : text.Parent;
            if (owner is JProperty property && !MachineReadableFields.Contains(property.Name))
            {
                var original = text.Value<string>();
                text.Value = $"{original} {original} {original}{MarkdownLookalikes}";
            }
        }
    }

    private static void Remove(JObject data, string field)
    {
        var path = field.Split("[].");
        if (path.Length == 1)
        {
            data.Remove(field);
            return;
        }

        foreach (var item in data[path[0]]!.Children<JObject>())
        {
            item.Remove(path[1]);
        }
    }
}
