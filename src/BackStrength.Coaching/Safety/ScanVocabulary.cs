namespace BackStrength.Coaching.Safety;

/// <summary>Words that shape how red-flag phrases are read, from Content/safety.json.</summary>
/// <param name="Negations">Words that deny a symptom when they come before it ("no numbness").</param>
/// <param name="Reassurances">Words that say all is well ("my legs are fine").</param>
/// <param name="NotTypos">Real words one letter away from a symptom word ("ladder" is not a misspelt "bladder").</param>
internal sealed record ScanVocabulary(IReadOnlyList<string> Negations, IReadOnlyList<string> Reassurances, IReadOnlyList<string> NotTypos)
{
    private readonly HashSet<string> _negations = [.. Negations];
    private readonly HashSet<string> _reassurances = [.. Reassurances];
    private readonly HashSet<string> _notTypos = [.. NotTypos];

    public bool IsNegation(string token) => _negations.Contains(token);

    public bool IsReassurance(string token) => _reassurances.Contains(token);

    public bool MayBeTypo(string token) => !_notTypos.Contains(token) && !_negations.Contains(token);
}
