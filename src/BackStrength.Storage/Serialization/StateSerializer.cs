using System.Globalization;
using System.Text;
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
        // The binder gives each name in its stored form already; "Simple" would rebuild the string on every write.
        TypeNameAssemblyFormatHandling = TypeNameAssemblyFormatHandling.Full,
    });

    // Documents are a few KB: a builder that starts small grows through several copies for each one. Writing is
    // synchronous, so each thread keeps one builder between writes; an unusually large one is let go.
    private const int LargestKeptText = 64 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_text;

    public static string Serialize(object value)
    {
        var text = t_text ?? new StringBuilder(8 * 1024);
        t_text = null;
        try
        {
            using (var writer = new JsonTextWriter(new StringWriter(text, CultureInfo.InvariantCulture)) { ArrayPool = PooledJsonBuffers.Instance })
            {
                Serializer.Serialize(writer, value, typeof(object));
            }

            return text.ToString();
        }
        finally
        {
            if (text.Capacity <= LargestKeptText)
            {
                t_text = text.Clear();
            }
        }
    }

    /// <summary>Reads a stored document; a tracked value gets the eTag the store currently holds for it.</summary>
    public static object Deserialize(string json, string? currentETag)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { ArrayPool = PooledJsonBuffers.Instance };
        var value = Serializer.Deserialize<object>(reader)
            ?? throw new JsonSerializationException("A stored state document was empty.");
        if (value is IStoreItem item && currentETag is not null)
        {
            item.ETag = currentETag;
        }

        StoredStateText.RememberRead(value, json);
        return value;
    }
}
