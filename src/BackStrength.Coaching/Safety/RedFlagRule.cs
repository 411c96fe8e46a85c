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
    // Every message is screened against every rule, so these are index loops: LINQ and a foreach over a list interface allocate.

    /// <summary>Whether the message, split into its clauses (and those <paramref name="joined"/> as one), describes this red flag.</summary>
    public bool Matches(IReadOnlyList<Clause> clauses, Clause joined)
    {
        if (AcrossClauses)
        {
            return Matches(joined);
        }

        for (var c = 0; c < clauses.Count; c++)
        {
            if (Matches(clauses[c]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any clause holds a phrase that says the symptom is not current ("an inhaler", "years ago").</summary>
    public bool IsRuledOut(IReadOnlyList<Clause> clauses) => clauses.Any(IsRuledOut);

    public bool Matches(Clause clause)
    {
        if (IsRuledOut(clause))
        {
            return false;
        }

        for (var p = 0; p < Patterns.Count; p++)
        {
            if (Patterns[p].Match(clause, Vocabulary) is { } used && !IsDenied(clause, used))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsRuledOut(Clause clause)
    {
        for (var p = 0; p < CancelPhrases.Count; p++)
        {
            if (CancelPhrases[p].OccursIn(clause, Vocabulary))
            {
                return true;
            }
        }

        return false;
    }

    // A symptom is denied by a negation before it in the same part of the clause ("no numbness", "my legs are not
    // weak") or by a reassurance anywhere in that part ("my bladder is fine"). Words the pattern itself used, such
    // as the "not" of "can not control", do not count.
    private bool IsDenied(Clause clause, IReadOnlySet<int> used)
    {
        for (var i = 0; i < clause.Tokens.Count; i++)
        {
            if (used.Contains(i))
            {
                continue;
            }

            var token = clause.Tokens[i];
            var segment = clause.Segments[i];
            var usedInSegment = used.Where(u => clause.Segments[u] == segment);
            if (!usedInSegment.Any())
            {
                continue;
            }

            if (Vocabulary.IsReassurance(token) || (Vocabulary.IsNegation(token) && usedInSegment.Any(u => u > i)))
            {
                return true;
            }
        }

        return false;
    }
}
