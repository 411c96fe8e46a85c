namespace BackStrength.Coaching.Planning;

// The shape of Content/planning.json as written by hand; PlanningText checks every field.

internal sealed record PlanningFile(
    IReadOnlyDictionary<string, string?>? Areas,
    IReadOnlyDictionary<string, FocusEntry?>? Focuses,
    ReasonsEntry? Reasons,
    LongBreakEntry? LongBreak);

internal sealed record FocusEntry(string? Name, string? Area);

internal sealed record ReasonsEntry(string? Focus, string? Balance, string? SteppedUp, string? SteppedDown, string? Gentle, string? AfterBreak);

internal sealed record LongBreakEntry(int? Days, string? PlanNote);
