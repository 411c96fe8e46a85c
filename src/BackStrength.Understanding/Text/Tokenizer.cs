using System.Text;
using BackStrength.Understanding.Data;

namespace BackStrength.Understanding.Text;

/// <summary>
/// Splits normalised text into words, expanding contractions and chat shorthand so that "can't", "cant" and
/// "cannot" all become "can not", and marking clause boundaries so a negation in one clause does not leak into the next.
/// </summary>
internal sealed class Tokenizer
{
    private const string ClausePunctuation = ",.!?;:()\n";

    // A chat command comes early; reading a pasted essay to the end would only cost time.
    public const int MaxWords = 300;

    private readonly TextNormalizer _normalizer;
    private readonly IReadOnlyDictionary<string, string> _shorthand;
    private readonly HashSet<string> _isContractionAfter;
    private readonly HashSet<string> _clauseBreakers;

    public Tokenizer(LanguageData language)
    {
        _normalizer = new TextNormalizer(language.Emoji);
        _shorthand = language.Shorthand;
        _isContractionAfter = [.. language.IsContractionAfter];
        _clauseBreakers = [.. language.ClauseBreakers];
    }

    public Utterance Tokenize(string? text)
    {
        var tokens = new List<Token>();
        var isQuestion = false;
        var clause = 0;
        var word = new StringBuilder();

        foreach (var c in _normalizer.Normalize(text ?? string.Empty))
        {
            if (char.IsLetterOrDigit(c) || (c == '\'' && word.Length > 0))
            {
                word.Append(c);
                continue;
            }
            AddWord(word, tokens, ref clause);
            if (ClausePunctuation.Contains(c))
            {
                clause++;
                isQuestion |= c == '?';
            }
        }
        AddWord(word, tokens, ref clause);
        return new Utterance(tokens, isQuestion);
    }

    private void AddWord(StringBuilder word, List<Token> tokens, ref int clause)
    {
        if (word.Length == 0)
        {
            return;
        }
        var raw = CollapseRepeats(word.ToString().Trim('\''));
        word.Clear();
        foreach (var piece in Expand(raw))
        {
            if (_clauseBreakers.Contains(piece))
            {
                clause++;
            }
            else if (tokens.Count < MaxWords)
            {
                tokens.Add(new Token(piece, clause));
            }
        }
    }

    private IEnumerable<string> Expand(string raw)
    {
        if (raw.Length == 0)
        {
            return [];
        }
        if (_shorthand.TryGetValue(raw, out var replacement))
        {
            return replacement.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        }
        if (raw.Contains('\''))
        {
            return ExpandContraction(raw);
        }
        var parts = SplitLettersFromDigits(raw);
        return parts.Count == 1 ? parts : parts.SelectMany(Expand);
    }

    // Generic English contraction endings; irregular ones ("can't", "won't") are in the shorthand table.
    private IEnumerable<string> ExpandContraction(string raw)
    {
        var apostrophe = raw.IndexOf('\'');
        var stem = raw[..apostrophe];
        var ending = raw[(apostrophe + 1)..].Replace("'", string.Empty);
        if (ending == "t" && stem.EndsWith('n'))
        {
            return [.. Expand(stem[..^1]), "not"];
        }
        string? expanded = ending switch
        {
            "m" => "am",
            "re" => "are",
            "ve" => "have",
            "ll" => "will",
            "d" => "would",
            "s" when _isContractionAfter.Contains(stem) => "is",
            "s" => null,
            _ => ending,
        };
        return expanded is null ? Expand(stem) : [.. Expand(stem), expanded];
    }

    // "9am" and "7/10" carry a number next to letters; "2day" is caught by the shorthand table first.
    private static List<string> SplitLettersFromDigits(string raw)
    {
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i < raw.Length; i++)
        {
            if (char.IsDigit(raw[i]) != char.IsDigit(raw[i - 1]))
            {
                parts.Add(raw[start..i]);
                start = i;
            }
        }
        parts.Add(raw[start..]);
        return parts;
    }

    // English never has a letter three times in a row, so "pleeease" and "hiii" are emphasis: keep at most two.
    private static string CollapseRepeats(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            var length = builder.Length;
            if (length >= 2 && builder[length - 1] == c && builder[length - 2] == c)
            {
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }
}
