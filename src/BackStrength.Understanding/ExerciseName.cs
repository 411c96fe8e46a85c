namespace BackStrength.Understanding;

/// <summary>How users may name one exercise: its id, its display name and other names, all taken from the library.</summary>
public sealed record ExerciseName(string ExerciseId, string DisplayName, IReadOnlyList<string> Aliases);
