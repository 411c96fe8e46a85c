using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace BackStrength.Storage.Serialization;

/// <summary>
/// Turns state values into JSON and back, so BotState dictionaries and typed objects come back as the same .NET
/// types. Stored documents embed type names; <see cref="StateTypeBinder"/> limits which ones may be created.
/// </summary>
internal static class StateSerializer
{
    private static readonly JsonSerializer Serializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        // Type names only where the declared type does not say what to create (object, interfaces), and no null
        // fields: with TypeNameHandling.All half of a conversation's stored bytes were "$type" names.
        TypeNameHandling = TypeNameHandling.Auto,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Ignore,
        SerializationBinder = new StateTypeBinder(),
    });

    public static string Serialize(object value)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Serializer.Serialize(writer, value, typeof(object));
        return writer.ToString();
    }

    /// <summary>Reads a stored document; a tracked value gets the eTag the store currently holds for it.</summary>
    public static object Deserialize(string json, string? currentETag)
    {
        using var reader = new JsonTextReader(new StringReader(json));
        var value = Serializer.Deserialize<object>(reader)
            ?? throw new JsonSerializationException("A stored state document was empty.");
        if (value is IStoreItem item && currentETag is not null)
        {
            item.ETag = currentETag;
        }

        return value;
    }
}
