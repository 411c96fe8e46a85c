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
