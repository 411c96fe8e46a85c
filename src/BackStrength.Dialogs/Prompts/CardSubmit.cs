using System.Globalization;
using Newtonsoft.Json.Linq;

namespace BackStrength.Dialogs;

/// <summary>Reads a prompt's answer from the data of an Adaptive Card submit.</summary>
internal static class CardSubmit
{
    public const string ChoiceKey = "choice";

    /// <summary>
    /// The first non-empty field of <paramref name="keys"/> (case-insensitive) when the data is an object; the data
    /// itself when it is a plain value. Numbers and booleans become invariant text ("2.5", "True").
    /// </summary>
    public static string? ReadAnswer(object value, IEnumerable<string> keys)
    {
        var token = value as JToken ?? JToken.FromObject(value);
        return token switch
        {
            JObject data => keys
                .Select(key => data.GetValue(key, StringComparison.OrdinalIgnoreCase))
                .Select(AsText)
                .FirstOrDefault(text => !string.IsNullOrWhiteSpace(text)),
            _ => AsText(token),
        };
    }

    private static string? AsText(JToken? token)
        => token is JValue { Value: not null } plain ? Convert.ToString(plain.Value, CultureInfo.InvariantCulture) : null;
}
