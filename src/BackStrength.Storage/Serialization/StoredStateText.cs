using System.Runtime.CompilerServices;

namespace BackStrength.Storage.Serialization;

/// <summary>
/// State values as our stores write them, as JSON text, and the text each value was read from. Comparing the two
/// tells whether a turn changed a value, without serialising it again just to find out (see the bot's state classes).
/// </summary>
public static class StoredStateText
{
    // Keyed by the value itself, so an entry lives exactly as long as the value read from the store.
    private static readonly ConditionalWeakTable<object, string> ReadTexts = new();

    /// <summary>The value's JSON text, exactly as a store would write it now.</summary>
    public static string Of(object value) => StateSerializer.Serialize(value);

    /// <summary>The text a store read <paramref name="value"/> from; null for a value no store of ours created.</summary>
    public static string? ReadFrom(object value) => ReadTexts.TryGetValue(value, out var text) ? text : null;

    internal static void RememberRead(object value, string json) => ReadTexts.AddOrUpdate(value, json);
}
