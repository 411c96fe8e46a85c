namespace BackStrength.Coaching.Safety;

/// <summary>The result of the safety screen.</summary>
/// <param name="RedFlags">The red flags behind a <see cref="SafetyLevel.Stop"/>; empty otherwise.</param>
/// <param name="Advice">What to tell the person, in order; empty when <see cref="SafetyLevel.Clear"/>.</param>
public sealed record SafetyOutcome(SafetyLevel Level, IReadOnlyList<RedFlag> RedFlags, IReadOnlyList<string> Advice)
{
    public static SafetyOutcome Clear { get; } = new(SafetyLevel.Clear, [], []);
}
