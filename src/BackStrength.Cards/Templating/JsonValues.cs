using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Templating;

/// <summary>
/// The value rules of the templating language, applied to JSON tokens. A C# <c>null</c> stands for a missing value.
/// </summary>
internal static class JsonValues
{
    public static bool IsMissingOrNull(JToken? value) => value is null || value.Type == JTokenType.Null;

    public static bool IsNumber(JToken? value) => value?.Type is JTokenType.Integer or JTokenType.Float;

    /// <summary>Like the official expression language: only false, null and missing are false.</summary>
    public static bool IsTruthy(JToken? value) =>
        !IsMissingOrNull(value) && !(value!.Type == JTokenType.Boolean && !value.Value<bool>());

    public static bool AreEqual(JToken? left, JToken? right)
    {
        if (IsMissingOrNull(left) || IsMissingOrNull(right))
        {
            return IsMissingOrNull(left) && IsMissingOrNull(right);
        }

        if (IsNumber(left) && IsNumber(right))
        {
            return left!.Value<double>() == right!.Value<double>();
        }

        return JToken.DeepEquals(left, right);
    }

    /// <summary>Orders two numbers or two strings; null when they cannot be compared.</summary>
    public static int? Compare(JToken? left, JToken? right)
    {
        if (IsNumber(left) && IsNumber(right))
        {
            return left!.Value<double>().CompareTo(right!.Value<double>());
        }

        if (left?.Type == JTokenType.String && right?.Type == JTokenType.String)
        {
            return string.CompareOrdinal(left.Value<string>(), right.Value<string>());
        }

        return null;
    }

    /// <summary>The text a value contributes when it is interpolated into a larger string.</summary>
    public static string ToText(JToken? value) => value switch
    {
        null => string.Empty,
        { Type: JTokenType.Null } => string.Empty,
        { Type: JTokenType.String } => value.Value<string>()!,
        { Type: JTokenType.Boolean } => value.Value<bool>() ? "true" : "false",
        JValue scalar => Convert.ToString(scalar.Value, CultureInfo.InvariantCulture) ?? string.Empty,
        _ => value.ToString(Formatting.None),
    };
}
