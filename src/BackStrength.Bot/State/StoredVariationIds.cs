namespace BackStrength.Bot.State;

/// <summary>
/// A variation id starts with its exercise's id ("bridge.single-leg" belongs to "bridge"; the content validator
/// enforces it), so compact stored forms write the exercise id only when it is not that prefix.
/// </summary>
internal static class StoredVariationIds
{
    private const char Separator = '.';

    public static string ExerciseIdOf(string variationId)
    {
        var separator = variationId.IndexOf(Separator, StringComparison.Ordinal);
        return separator > 0 ? variationId[..separator] : variationId;
    }

    /// <summary>Whether the exercise id must be stored beside the variation id, because it is not its prefix.</summary>
    public static bool NeedsExerciseId(string exerciseId, string variationId) => ExerciseIdOf(variationId) != exerciseId;
}
