using Newtonsoft.Json;

namespace BackStrength.Bot.State;

/// <summary>
/// Stores a value as one JSON array of its fields in a fixed order instead of named fields, for state read and hashed
/// on many turns. A value stored with named fields, as before its converter, still reads through its own contract.
/// </summary>
public abstract class CompactArrayConverter<T> : JsonConverter<T>
    where T : class
{
    public sealed override void WriteJson(JsonWriter writer, T? value, JsonSerializer serializer)
    {
        if (value is null)
        {
            writer.WriteNull();
            return;
        }

        writer.WriteStartArray();
        WriteFields(writer, value);
        writer.WriteEndArray();
    }

    public sealed override T? ReadJson(JsonReader reader, Type objectType, T? existingValue, bool hasExistingValue, JsonSerializer serializer) =>
        reader.TokenType switch
        {
            JsonToken.StartArray => ReadFields(reader),
            JsonToken.StartObject => serializer.Deserialize<T>(reader),
            JsonToken.Null => null,
            _ => throw new JsonSerializationException($"A stored {typeof(T).Name} starts with {reader.TokenType}."),
        };

    /// <summary>The fields inside the array, in order.</summary>
    protected abstract void WriteFields(JsonWriter writer, T value);

    /// <summary>Reads the fields from just inside the array through its closing bracket.</summary>
    protected abstract T ReadFields(JsonReader reader);

    protected static void Expect(JsonReader reader, params JsonToken[] expected)
    {
        if (!reader.Read() || !expected.Contains(reader.TokenType))
        {
            throw Malformed(reader);
        }
    }

    protected static TValue Required<TValue>(JsonReader reader, TValue? value)
        where TValue : struct => value ?? throw Malformed(reader);

    protected static JsonSerializationException Malformed(JsonReader reader) =>
        new($"A stored {typeof(T).Name} is malformed at {reader.Path}.");
}
