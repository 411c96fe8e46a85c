using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Cards;

/// <summary>
/// A bound Adaptive Card as JSON text, ready to be an attachment's content: it is written into a message as it
/// is. The two values a message repeats outside its card, the spoken summary and the fallback text, are kept
/// beside it.
/// </summary>
[JsonConverter(typeof(RenderedCardConverter))]
public sealed class RenderedCard
{
    internal RenderedCard(string json, string? speak, string? fallbackText)
    {
        Json = json;
        Speak = speak;
        FallbackText = fallbackText;
    }

    public string Json { get; }

    /// <summary>The card's <c>speak</c>: what screen readers and voice channels say for it.</summary>
    public string? Speak { get; }

    /// <summary>The card's <c>fallbackText</c>: what a client that cannot show the card (or a notification) shows.</summary>
    public string? FallbackText { get; }

    /// <summary>The card as a JSON tree, for reading parts of it.</summary>
    public JObject ToJObject()
    {
        using var reader = new JsonTextReader(new StringReader(Json)) { DateParseHandling = DateParseHandling.None };
        return JObject.Load(reader);
    }

    public override string ToString() => Json;

    private sealed class RenderedCardConverter : JsonConverter<RenderedCard>
    {
        public override bool CanRead => false;

        public override void WriteJson(JsonWriter writer, RenderedCard? value, JsonSerializer serializer)
        {
            if (value is null)
            {
                writer.WriteNull();
            }
            else if (writer is JTokenWriter tree)
            {
                // Building a JSON tree (JObject.FromObject): raw text would become one opaque token.
                value.ToJObject().WriteTo(tree);
            }
            else
            {
                writer.WriteRawValue(value.Json);
            }
        }

        public override RenderedCard ReadJson(JsonReader reader, Type objectType, RenderedCard? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
            throw new NotSupportedException("A card is read back as a JSON object.");
    }
}
