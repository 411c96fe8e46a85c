namespace BackStrength.Coaching.Safety;

/// <summary>How one red flag is recognised in free text.</summary>
/// <param name="CancelPhrases">Phrases that mean the symptom is not current ("years ago" for a fall).</param>
/// <param name="AcrossClauses">
/// Whether the pattern's parts may sit in different clauses of the message ("I lost 3 kilos, not sure why"). Only for
/// patterns specific enough that unrelated sentences cannot complete them.
/// </param>
internal sealed record RedFlagRule(RedFlag Flag, IReadOnlyList<PhrasePattern> Patterns, IReadOnlyList<Phrase> CancelPhrases, ScanVocabulary Vocabulary,
    bool AcrossClauses)
{
    /// <summary>Whether the message, split into its clauses, describes this red flag.</summary>
    public bool Matches(IReadOnlyList<Clause> clauses) =>
        AcrossClauses ? Matches(Clause.Join(clauses)) : clauses.Any(Matches);

    /// <summary>Whether any clause holds a phrase that says the symptom is not current ("an inhaler", "years ago").</summary>
    public bool IsRuledOut(IReadOnlyList<Clause> clauses) => clauses.Any(clause => CancelPhrases.Any(p => p.OccursIn(clause, Vocabulary)));

    public bool Matches(Clause clause)
    {
        if (CancelPhrases.Any(p => p.OccursIn(clause, Vocabulary)))
        {
            return false;
        }

        return Patterns
            .Select(p => p.Match(clause, Vocabulary))
            .Any(used => used is not null && !IsDenied(clause, used));
    }

    // A symptom is denied by a negation before it in the same part of the clause ("no numbness", "my legs are not
    // weak") or by a reassurance anywhere in that part ("my bladder is fine"). Words the pattern itself used, such
    // as the "not" of "can not control", do not count.
    private bool IsDenied(Clause clause, ISet<int> used)
    {
        for (var i = 0; i < clause.Tokens.Count; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            var token = clause.Tokens[i];
            var segment = clause.Segments[i];
            var sameSegment = used.Where(u => clause.Segments[u] == segment).ToList();
            if (sameSegment.Count == 0)
            {
                continue;
            }

            if (Vocabulary.IsReassurance(token) || (Vocabulary.IsNegation(token) && sameSegment.Any(u => u > i)))
            {
                return true;
            }
        }

        return false;
    }
}
