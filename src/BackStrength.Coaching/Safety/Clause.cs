using System.Text.RegularExpressions;

namespace BackStrength.Coaching.Safety;

/// <summary>
/// One clause of free text as lower-case word tokens. Each token also carries a segment number: segments are the
/// parts of the clause between "and", "or", "because" and the like, so that a "no" in one part does not cancel
/// a symptom mentioned in another ("no numbness and my legs feel weak").
/// </summary>
internal sealed partial record Clause(IReadOnlyList<string> Tokens, IReadOnlyList<int> Segments)
{
    private static readonly HashSet<string> SegmentBreaks = ["and", "or", "because", "while", "then", "plus"];

    /// <summary>Splits text into clauses at sentence punctuation, commas and contrast words such as "but".</summary>
    public static IReadOnlyList<Clause> Split(string text)
    {
        var normalised = ExpandContractions(text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\''));
        return
        [
            .. ClauseBoundary().Split(normalised)
                .Select(part => WordPattern().Matches(part).Select(m => m.Value).ToList())
                .Where(tokens => tokens.Count > 0)
                .Select(FromTokens),
        ];
    }

    /// <summary>
    /// The clauses as one, each keeping its own segments, so a pattern may take its parts from several clauses while
    /// a "no" still only denies what is in its own part.
    /// </summary>
    public static Clause Join(IReadOnlyList<Clause> clauses)
    {
        var tokens = new List<string>();
        var segments = new List<int>();
        var offset = 0;
        foreach (var clause in clauses)
        {
            tokens.AddRange(clause.Tokens);
            segments.AddRange(clause.Segments.Select(segment => segment + offset));
            offset += clause.Segments.Count == 0 ? 0 : clause.Segments[^1] + 1;
        }

        return new Clause(tokens, segments);
    }

    private static Clause FromTokens(List<string> tokens)
    {
        var segments = new int[tokens.Count];
        var segment = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            segments[i] = segment;
            if (SegmentBreaks.Contains(tokens[i]))
            {
                segment++;
            }
        }

        return new Clause(tokens, segments);
    }

    // "can't", "cant" and "cannot" all become "can not" so patterns and negation see the same words.
    private static string ExpandContractions(string text)
    {
        text = CanNot().Replace(text, "can not");
        text = WillNot().Replace(text, "will not");
        text = OtherNot().Replace(text, "$1 not");
        text = IAm().Replace(text, "i am");
        return text.Replace("'", string.Empty, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\b(?:can'?t|cannot)\b")]
    private static partial Regex CanNot();

    [GeneratedRegex(@"\b(?:won'?t)\b")]
    private static partial Regex WillNot();

    [GeneratedRegex(@"\b(do|does|did|is|are|was|were|have|has|had|could|would|should|must|need|ai)n'?t\b")]
    private static partial Regex OtherNot();

    [GeneratedRegex(@"\bi'?m\b")]
    private static partial Regex IAm();

    [GeneratedRegex(@"[.!?;:\n\r,]+|\b(?:but|although|though|however|except|yet)\b")]
    private static partial Regex ClauseBoundary();

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();
}
