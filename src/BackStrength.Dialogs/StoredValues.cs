using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Dialogs;

/// <summary>
/// Reads values back from dialog state. Storage that keeps type names (the SDK's MemoryStorage, this repo's
/// stores) returns the stored .NET types, except that whole numbers stored as object come back as long;
/// storage without type names returns JObject/JArray/JValue. These helpers accept every form.
/// </summary>
public static class StoredValues
{
    private static readonly JsonSerializer Serializer = JsonSerializer.CreateDefault();

    /// <summary>The value under <paramref name="key"/> as <typeparamref name="T"/>, or default when it is missing or null.</summary>
    public static T? GetValue<T>(this IDictionary<string, object> values, string key)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.TryGetValue(key, out var stored) ? Convert<T>(stored) : default;
    }

    /// <summary>Converts a value read from storage (typed, long for int, or a JToken) to <typeparamref name="T"/>.</summary>
    public static T? Convert<T>(object? stored)
    {
        switch (stored)
        {
            case null:
                return default;
            case T typed:
                return typed;
            case JToken token:
                return token.Type == JTokenType.Null ? default : token.ToObject<T>(Serializer);
            default:
                return JToken.FromObject(stored, Serializer).ToObject<T>(Serializer);
        }
    }

    /// <summary>
    /// The dictionary stored under <paramref name="key"/>, as a live object: if storage handed back a JObject it is
    /// converted and put back, so changes the caller makes are saved with the state.
    /// </summary>
    internal static IDictionary<string, object> GetOrAddDictionary(IDictionary<string, object> state, string key)
    {
        state.TryGetValue(key, out var stored);
        if (stored is IDictionary<string, object> live)
        {
            return live;
        }

        var dictionary = stored is JObject json
            ? json.ToObject<Dictionary<string, object>>(Serializer) ?? []
            : [];
        state[key] = dictionary;
        return dictionary;
    }

    /// <summary>The object stored under <paramref name="key"/> as a live <typeparamref name="T"/>, converted and put back if needed.</summary>
    internal static T? GetLive<T>(IDictionary<string, object> state, string key)
        where T : class
    {
        if (!state.TryGetValue(key, out var stored) || stored is null)
        {
            return null;
        }

        if (stored is T typed)
        {
            return typed;
        }

        var converted = Convert<T>(stored);
        if (converted is not null)
        {
            state[key] = converted;
        }

        return converted;
    }
}
