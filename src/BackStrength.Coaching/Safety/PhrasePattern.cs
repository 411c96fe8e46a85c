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
    public IReadOnlySet<int>? Match(Clause clause, ScanVocabulary vocabulary)
    {
        // Every message is screened against every pattern, and most fail at their first group: the set is only made
        // once a group has matched. Plain index loops for the same reason: a foreach over a list interface allocates.
        HashSet<int>? consumed = null;
        for (var g = 0; g < Groups.Count; g++)
        {
            var found = FindEarliest(Groups[g], clause, consumed ?? Phrase.NothingConsumed, vocabulary);
            if (found is not var (start, length))
            {
                return null;
            }

            consumed ??= [];
            for (var token = start; token < start + length; token++)
            {
                consumed.Add(token);
            }
        }

        return consumed;
    }

    private static (int Start, int Length)? FindEarliest(IReadOnlyList<Phrase> alternatives, Clause clause, IReadOnlySet<int> consumed, ScanVocabulary vocabulary)
    {
        for (var start = 0; start < clause.Tokens.Count; start++)
        {
            var longest = 0;
            for (var a = 0; a < alternatives.Count; a++)
            {
                var phrase = alternatives[a];
                if (phrase.Words.Count > longest && phrase.MatchesAt(clause, start, consumed, vocabulary))
                {
                    longest = phrase.Words.Count;
                }
            }

            if (longest > 0)
            {
                return (start, longest);
            }
        }

        return null;
    }
}
