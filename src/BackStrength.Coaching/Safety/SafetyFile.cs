namespace BackStrength.Coaching.Safety;

// The shape of Content/safety.json as written by hand; SafetyContent checks every field.

internal sealed record SafetyFile(
    int? DisclaimerVersion,
    string? Disclaimer,
    string? UrgentCareIntro,
    string? SeverePainAdvice,
    string? PainBelowKneeAdvice,
    string? GentlePlanAdvice,
    string? PainDuringExerciseAdvice,
    IReadOnlyList<string?>? ReassuranceWords,
    IReadOnlyList<string?>? NegationWords,
    IReadOnlyList<string?>? WordsThatAreNotTypos,
    IReadOnlyList<string?>? ClauseBreakWords,
    IReadOnlyList<string?>? SegmentBreakWords,
    IReadOnlyDictionary<string, string?>? Contractions,
    IReadOnlyList<string?>? WordsBeforeNot,
    IReadOnlyList<string?>? WordsToSkip,
    IReadOnlyList<RedFlagEntry?>? RedFlags);

internal sealed record RedFlagEntry(
    string? Id,
    string? Name,
    string? Question,
    string? Advice,
    IReadOnlyList<IReadOnlyList<string?>?>? Patterns,
    IReadOnlyList<string?>? CancelWords,
    bool AcrossClauses = false);
