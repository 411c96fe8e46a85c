namespace BackStrength.Coaching.Exercises;

// The shape of Content/exercises.json exactly as written by hand. Everything is nullable because a hand-edited
// file may leave anything out; ExerciseFileReader checks each field and builds the domain records.

internal sealed record ExerciseFile(IReadOnlyList<ExerciseEntry?>? Exercises);

internal sealed record ExerciseEntry(
    string? Id,
    string? Name,
    IReadOnlyList<string?>? Aliases,
    string? Area,
    string? Strengthens,
    string? WhyItHelps,
    int? SecondsPerRep,
    string? GentlerAlternative,
    IReadOnlyList<VariationEntry?>? Variations);

internal sealed record VariationEntry(
    string? Id,
    string? Name,
    bool? Standard,
    string? Position,
    bool? PerSide,
    string? Sides,
    IReadOnlyList<string?>? Requires,
    IReadOnlyList<string?>? Optional,
    IReadOnlyList<string?>? Steps,
    IReadOnlyList<string?>? FormCues,
    IReadOnlyList<string?>? CommonMistakes,
    IReadOnlyList<string?>? WhenToStop,
    string? WhatChanges,
    DoseLevelsEntry? Dose);

internal sealed record DoseLevelsEntry(DoseEntry? New, DoseEntry? Some, DoseEntry? Regular);

internal sealed record DoseEntry(int? Reps, int? HoldSeconds, int? Sets, int? RestSeconds);
