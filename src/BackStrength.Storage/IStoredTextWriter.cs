using Microsoft.Bot.Builder;

namespace BackStrength.Storage;

/// <summary>
/// A store that writes a value whose JSON text the caller already has, from <see cref="Serialization.StoredStateText.Of"/>:
/// the bot's state serialises itself to see whether a turn changed it, and a change then need not be serialised
/// again. All of this project's stores take it; the write follows the same rules as <c>IStorage.WriteAsync</c>.
/// </summary>
public interface IStoredTextWriter
{
    Task WriteTextAsync(string key, object value, string text, CancellationToken cancellationToken);
}

public static class StoredTextWriting
{
    /// <summary>Writes the value with its text when the store takes it, and otherwise gives it the value to serialise itself.</summary>
    public static Task WriteStateTextAsync(this IStorage storage, string key, object value, string text, CancellationToken cancellationToken) =>
        storage is IStoredTextWriter writer
            ? writer.WriteTextAsync(key, value, text, cancellationToken)
            : storage.WriteAsync(new Dictionary<string, object> { [key] = value }, cancellationToken);
}
