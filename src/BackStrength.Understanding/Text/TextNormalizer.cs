using System.Globalization;
using System.Text;

namespace BackStrength.Understanding.Text;

/// <summary>Evens out how the same words can be typed: case, accents, curly apostrophes and meaningful emoji.</summary>
internal sealed class TextNormalizer(IReadOnlyDictionary<string, string> emojiWords)
{
    public string Normalize(string text)
    {
        var lowered = text.ToLowerInvariant()
            .Replace('\u2019', '\'')
            .Replace('\u2018', '\'')
            .Replace('\u02BC', '\'')
            .Replace('`', '\'');
        foreach (var (emoji, word) in emojiWords)
        {
            lowered = lowered.Replace(emoji, $" {word} ", StringComparison.Ordinal);
        }
        return RemoveAccents(lowered);
    }

    // "café" and "cafe" should read the same; people on phones get accents from autocorrect.
    private static string RemoveAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
