using System.Security.Cryptography;
using System.Text;

namespace BackStrength.Storage.Blobs;

/// <summary>
/// Maps any state key to a distinct, valid blob name. Letters, digits, '-' and '_' stay readable; every other
/// UTF-8 byte becomes "~XX", so slashes never create folders and names never end in '.' or '/'. Keys too long
/// for a blob name keep a readable prefix followed by "~~" and a SHA-256 of the whole key ("~~" never appears
/// otherwise, so the two forms cannot collide).
/// </summary>
internal static class BlobNameEncoder
{
    // Azure allows 1,024 characters; staying well below leaves room for any prefix a future layout adds.
    private const int MaxNameLength = 900;
    private const int HashedPrefixLength = MaxNameLength - 2 - 64;

    public static string Encode(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var escaped = Escape(key);
        if (escaped.Length == 0)
        {
            // Blob names cannot be empty; a lone '~' is never produced by escaping, so it stays unique.
            return "~";
        }

        if (escaped.Length <= MaxNameLength)
        {
            return escaped;
        }

        var prefix = escaped[..HashedPrefixLength];

        // Never cut an escape sequence in half, which would make the prefix ambiguous to a reader.
        var lastEscape = prefix.LastIndexOf('~');
        if (lastEscape > prefix.Length - 3)
        {
            prefix = prefix[..lastEscape];
        }

        return $"{prefix}~~{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))}";
    }

    private static string Escape(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var value in Encoding.UTF8.GetBytes(key))
        {
            if (char.IsAsciiLetterOrDigit((char)value) || value == '-' || value == '_')
            {
                builder.Append((char)value);
            }
            else
            {
                builder.Append('~').Append(value.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
