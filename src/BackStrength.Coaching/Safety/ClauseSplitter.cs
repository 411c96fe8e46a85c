using System.Text.RegularExpressions;

namespace BackStrength.Coaching.Safety;

/// <summary>
/// Splits free text into <see cref="Clause"/>s with the words from Content/safety.json: clauses end at sentence
/// punctuation, commas and contrast words ("but"); segments within a clause end at joining words ("and", "because"),
/// so that a "no" in one part does not cancel a symptom mentioned in another ("no numbness and my legs feel weak").
/// </summary>
internal sealed class ClauseSplitter
{
    private static readonly Regex WordPattern = new("[a-z0-9]+", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private readonly Regex _clauseBoundary;
    private readonly HashSet<string> _segmentBreaks;
    private readonly Regex _contraction;
    private readonly Dictionary<string, string> _contractions;
    private readonly Regex _notContraction;
    private readonly HashSet<string> _wordsToSkip;

    /// <param name="clauseBreakWords">Contrast words that end a clause ("but", "although").</param>
    /// <param name="segmentBreakWords">Joining words that end a segment ("and", "because").</param>
    /// <param name="contractions">Whole words spelt out before matching ("can't" → "can not", "im" → "i am").</param>
    /// <param name="wordsBeforeNot">Words whose "n't" becomes " not", with or without the apostrophe ("dont").</param>
    /// <param name="wordsToSkip">
    /// Words that only soften or stress ("really", "properly"), left out so that "can't really feel" reads as "can not feel".
    /// </param>
    public ClauseSplitter(
        IReadOnlyList<string> clauseBreakWords,
        IReadOnlyList<string> segmentBreakWords,
        IReadOnlyDictionary<string, string> contractions,
        IReadOnlyList<string> wordsBeforeNot,
        IReadOnlyList<string> wordsToSkip)
    {
        _wordsToSkip = [.. wordsToSkip];
        _clauseBoundary = new Regex($@"[.!?;:\n\r,]+|\b(?:{Alternatives(clauseBreakWords)})\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _segmentBreaks = [.. segmentBreakWords];
        _contractions = contractions.ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);
        _contraction = new Regex($@"\b(?:{Alternatives([.. contractions.Keys])})\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _notContraction = new Regex($@"\b({Alternatives(wordsBeforeNot)})n'?t\b", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public IReadOnlyList<Clause> Split(string text)
    {
        var normalised = SpellOut(text.ToLowerInvariant().Replace('\u2019', '\'').Replace('\u2018', '\''));
        return
        [
            .. _clauseBoundary.Split(normalised)
                .Select(part => WordPattern.Matches(part).Select(m => m.Value).Where(word => !_wordsToSkip.Contains(word)).ToList())
                .Where(tokens => tokens.Count > 0)
                .Select(Segmented),
        ];
    }

    // "can't", "cant" and "cannot" all become "can not" so patterns and negation see the same words.
    private string SpellOut(string text)
    {
        text = _contraction.Replace(text, match => _contractions[match.Value]);
        text = _notContraction.Replace(text, "$1 not");
        return text.Replace("'", string.Empty, StringComparison.Ordinal);
    }

    private Clause Segmented(List<string> tokens)
    {
        var segments = new int[tokens.Count];
        var segment = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            segments[i] = segment;
            if (_segmentBreaks.Contains(tokens[i]))
            {
                segment++;
            }
        }

        return new Clause(tokens, segments);
    }

    // Longest first, so that "cannot" is tried before "can".
    private static string Alternatives(IReadOnlyList<string> words) =>
        string.Join('|', words.OrderByDescending(word => word.Length).Select(Regex.Escape));
}
