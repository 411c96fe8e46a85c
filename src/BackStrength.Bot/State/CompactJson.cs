using Newtonsoft.Json;

namespace BackStrength.Bot.State;

/// <summary>Reading the compact array forms the state converters write, token by token.</summary>
internal static class CompactJson
{
    public static void Expect(JsonReader reader, params JsonToken[] expected)
    {
        if (!reader.Read() || !expected.Contains(reader.TokenType))
        {
            throw Malformed(reader);
        }
    }

    public static T Required<T>(JsonReader reader, T? value)
        where T : struct => value ?? throw Malformed(reader);

    public static JsonSerializationException Malformed(JsonReader reader) =>
        new($"A stored value is malformed at {reader.Path}.");
}
