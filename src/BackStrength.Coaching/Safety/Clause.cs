namespace BackStrength.Coaching.Safety;

/// <summary>
/// One clause of free text as lower-case word tokens, made by <see cref="ClauseSplitter"/>. Each token also carries a
/// segment number: segments are the parts of the clause between joining words such as "and" or "because".
/// </summary>
internal sealed record Clause(IReadOnlyList<string> Tokens, IReadOnlyList<int> Segments)
{
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
}
