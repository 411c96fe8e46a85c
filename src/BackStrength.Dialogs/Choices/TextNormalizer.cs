using System.Globalization;
using System.Text;

namespace BackStrength.Dialogs.Choices;

/// <summary>A word of an answer and the clause it is in (clauses end at punctuation and at words such as "but").</summary>
internal readonly record struct Token(string Text, int Clause);

/// <summary>
/// Reduces what a user typed to comparable tokens: lower case, accents dropped ("café" = "cafe"), apostrophes
/// removed ("let's" = "lets") and every other punctuation mark treated as a space.
/// </summary>
internal static class TextNormalizer
{
    public static string[] Tokenize(string? text) => [.. TokenizeClauses(text).Select(token => token.Text)];

    public static string Normalize(string? text) => string.Join(' ', Tokenize(text));

    /// <summary>
    /// The tokens with the clause each is in, so that a "not" is read only within its own clause: "not my lower back,
    /// my upper back" has two clauses, and so has "sometimes but not a lot" (see the clause breaks in Resources/en.json).
    /// </summary>
    public static Token[] TokenizeClauses(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var breaks = LanguageData.English.ClauseBreaks;
        var tokens = new List<Token>();
        var word = new StringBuilder();
        var clause = 0;
        foreach (var character in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(character) == UnicodeCategory.NonSpacingMark || character is '\'' or '\u2019' or '\u2018')
            {
                continue;
            }

            if (char.IsLetterOrDigit(character))
            {
                word.Append(char.ToLowerInvariant(character));
                continue;
            }

            EndWord();
            if (character is ',' or '.' or ';' or ':' or '!' or '?' or '(' or ')' or '\u2013' or '\u2014')
            {
                clause++;
            }
        }

        EndWord();
        return [.. tokens];

        void EndWord()
        {
            if (word.Length == 0)
            {
                return;
            }

            var finished = word.ToString();
            word.Clear();
            if (breaks.Contains(finished))
            {
                clause++;
            }

            tokens.Add(new Token(finished, clause));
        }
    }
}
