using System.Globalization;
using Newtonsoft.Json.Linq;

namespace BackStrength.Dialogs;

/// <summary>Reads a prompt's answer from the data of an Adaptive Card submit.</summary>
internal static class CardSubmit
{
    public const string ChoiceKey = "choice";

    /// <summary>
    /// The first non-empty field of <paramref name="keys"/> (case-insensitive) in the card data, as text: numbers
    /// and booleans in the invariant culture ("2.5", "True"). Null when the data is not an object.
    /// </summary>
    public static string? ReadAnswer(object value, IEnumerable<string> keys)
    {
        var token = value as JToken ?? JToken.FromObject(value);
        return token is JObject data
            ? keys
                .Select(key => data.GetValue(key, StringComparison.OrdinalIgnoreCase))
                .Select(AsText)
                .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text))
            : null;
    }

    private static string? AsText(JToken? token)
        => token is JValue { Value: not null } plain ? Convert.ToString(plain.Value, CultureInfo.InvariantCulture) : null;
}
