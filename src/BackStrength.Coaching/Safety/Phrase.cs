namespace BackStrength.Coaching.Safety;

/// <summary>
/// A run of words to find in a clause, e.g. "lost control". A word ending in '*' matches any word starting with
/// it ("numb*" matches "numbness"); longer plain words also match a one-letter typo ("bladdr").
/// </summary>
internal sealed record Phrase(IReadOnlyList<Phrase.Word> Words)
{
    private const int ShortestWordWithTypos = 6;

    internal static readonly IReadOnlySet<int> NothingConsumed = new HashSet<int>();

    public static Phrase Parse(string text) =>
        new([.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.EndsWith('*') ? new Word(w.TrimEnd('*'), IsPrefix: true) : new Word(w, IsPrefix: false))]);

    /// <summary>True when the phrase starts at token <paramref name="start"/> and uses no consumed token.</summary>
    public bool MatchesAt(Clause clause, int start, IReadOnlySet<int> consumed, ScanVocabulary vocabulary)
    {
        if (start + Words.Count > clause.Tokens.Count)
        {
            return false;
        }

        for (var i = 0; i < Words.Count; i++)
        {
            if (consumed.Contains(start + i) || !Words[i].Matches(clause.Tokens[start + i], vocabulary))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the phrase occurs anywhere in the clause.</summary>
    public bool OccursIn(Clause clause, ScanVocabulary vocabulary)
    {
        for (var start = 0; start < clause.Tokens.Count; start++)
        {
            if (MatchesAt(clause, start, NothingConsumed, vocabulary))
            {
                return true;
            }
        }

        return false;
    }

    internal sealed record Word(string Text, bool IsPrefix)
    {
        public bool Matches(string token, ScanVocabulary vocabulary)
        {
            if (IsPrefix)
            {
                return token.StartsWith(Text, StringComparison.Ordinal);
            }

            return token == Text
                || (Text.Length >= ShortestWordWithTypos
                    && vocabulary.MayBeTypo(token)
                    && EditDistance.AtMostOne(token, Text));
        }
    }
}
