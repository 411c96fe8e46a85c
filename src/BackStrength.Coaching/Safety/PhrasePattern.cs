namespace BackStrength.Coaching.Safety;

/// <summary>
/// A red-flag pattern: groups of alternative phrases ("lost control|no control", "bladder|bowel*"). It matches a
/// clause when every group finds one of its phrases there, in any order.
/// </summary>
internal sealed record PhrasePattern(IReadOnlyList<IReadOnlyList<Phrase>> Groups)
{
    public static PhrasePattern Parse(IReadOnlyList<string> groups) =>
        new([.. groups.Select(g => (IReadOnlyList<Phrase>)[.. g.Split('|', StringSplitOptions.RemoveEmptyEntries).Select(Phrase.Parse)])]);

    /// <summary>The token positions the pattern used, or null when some group is absent from the clause.</summary>
    public ISet<int>? Match(Clause clause, ScanVocabulary vocabulary)
    {
        var consumed = new HashSet<int>();
        foreach (var group in Groups)
        {
            var found = FindEarliest(group, clause, consumed, vocabulary);
            if (found is not var (start, length))
            {
                return null;
            }

            consumed.UnionWith(Enumerable.Range(start, length));
        }

        return consumed;
    }

    private static (int Start, int Length)? FindEarliest(IReadOnlyList<Phrase> alternatives, Clause clause, ISet<int> consumed, ScanVocabulary vocabulary)
    {
        for (var start = 0; start < clause.Tokens.Count; start++)
        {
            var longest = alternatives
                .Where(p => p.MatchesAt(clause, start, consumed, vocabulary))
                .Select(p => p.Words.Count)
                .DefaultIfEmpty(0)
                .Max();
            if (longest > 0)
            {
                return (start, longest);
            }
        }

        return null;
    }
}
