using System.Globalization;
using System.Text;

namespace BackStrength.Dialogs.Choices;

/// <summary>
/// Reduces what a user typed to comparable tokens: lower case, accents dropped ("café" = "cafe"), apostrophes
/// removed ("let's" = "lets") and every other punctuation mark treated as a space.
/// </summary>
internal static class TextNormalizer
{
    public static string[] Tokenize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var character in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(character);
            if (category == UnicodeCategory.NonSpacingMark || character is '\'' or '\u2019' or '\u2018')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(character) ? char.ToLowerInvariant(character) : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    public static string Normalize(string? text) => string.Join(' ', Tokenize(text));
}
