namespace BackStrength.Coaching.Exercises;

/// <summary>One rung of an exercise's chain of variations, easiest first.</summary>
/// <param name="Id">Stable id, "exercise-id.variation", e.g. "plank.knees".</param>
/// <param name="IsStandard">The version described in the source article; the others are easier or harder.</param>
/// <param name="RequiredEquipment">Kit the variation cannot be done without.</param>
/// <param name="OptionalEquipment">Kit that helps but is not needed (e.g. light weights for a row).</param>
/// <param name="Sides">How it uses the two sides of the body: together, in turns, or one side then the other.</param>
/// <param name="WhatChanges">One line on how this differs from the standard version, and why that is easier or harder.</param>
public sealed record Variation(
    string Id,
    string Name,
    bool IsStandard,
    Position Position,
    Sides Sides,
    Equipment RequiredEquipment,
    Equipment OptionalEquipment,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> FormCues,
    IReadOnlyList<string> CommonMistakes,
    IReadOnlyList<string> WhenToStop,
    string WhatChanges,
    DoseByLevel Dose);
