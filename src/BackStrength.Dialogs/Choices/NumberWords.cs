using System.Globalization;
using System.Text.RegularExpressions;

namespace BackStrength.Dialogs.Choices;

/// <summary>Finds numbers written as digits ("12", "2.5") or as English words ("five", "twenty five").</summary>
internal static partial class NumberWords
{
    /// <summary>The first number in <paramref name="text"/>; digits are preferred over words.</summary>
    public static bool TryFindNumber(string? text, out decimal value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var digits = DigitsPattern().Match(text);
        if (digits.Success)
        {
            return decimal.TryParse(digits.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        var tokens = TextNormalizer.Tokenize(text);
        for (var start = 0; start < tokens.Length; start++)
        {
            if (TryReadWords(tokens.AsSpan(start), out var number, out _))
            {
                value = number;
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether all of <paramref name="tokens"/> together spell one whole number ("7", "seven", "twenty one").</summary>
    public static bool TryParseWhole(ReadOnlySpan<string> tokens, out int value)
    {
        value = 0;
        if (tokens.Length == 1 && int.TryParse(tokens[0], NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        return TryReadWords(tokens, out value, out var consumed) && consumed == tokens.Length;
    }

    /// <summary>Reads a number spelled in words at the start of <paramref name="tokens"/>: a word, or tens then units.</summary>
    private static bool TryReadWords(ReadOnlySpan<string> tokens, out int value, out int consumed)
    {
        var cardinals = LanguageData.English.Cardinals;
        value = 0;
        consumed = 0;
        if (tokens.IsEmpty || !cardinals.TryGetValue(tokens[0], out value))
        {
            return false;
        }

        consumed = 1;
        if (value >= 20 && value % 10 == 0 && tokens.Length > 1
            && cardinals.TryGetValue(tokens[1], out var units) && units is > 0 and < 10)
        {
            value += units;
            consumed = 2;
        }

        return true;
    }

    [GeneratedRegex(@"(?<![\p{L}\p{N}.])-?\d+(?:\.\d+)?", RegexOptions.CultureInvariant)]
    private static partial Regex DigitsPattern();
}
