namespace BackStrength.Coaching.Exercises;

/// <summary>The validated exercise content, with look-ups by id, variation id and the names people type.</summary>
public sealed class ExerciseLibrary
{
    private readonly Dictionary<string, Exercise> _byId;
    private readonly Dictionary<string, (Exercise Exercise, Variation Variation)> _byVariationId;

    private ExerciseLibrary(IReadOnlyList<Exercise> exercises)
    {
        Exercises = exercises;
        _byId = exercises.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _byVariationId = exercises
            .SelectMany(e => e.Variations.Select(v => (e, v)))
            .ToDictionary(p => p.v.Id, p => (p.e, p.v), StringComparer.Ordinal);
    }

    /// <summary>All exercises, in file order.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Reads and validates an exercises file. Throws <see cref="ContentValidationException"/> naming the broken entry.</summary>
    public static ExerciseLibrary Load(Stream json) => new(ExerciseFileReader.Read(json));

    /// <summary>The library shipped with the bot (Content/exercises.json).</summary>
    public static ExerciseLibrary LoadDefault()
    {
        using var stream = ContentFiles.OpenEmbedded("exercises.json");
        return Load(stream);
    }

    /// <exception cref="KeyNotFoundException">No exercise has this id.</exception>
    public Exercise GetExercise(string exerciseId) =>
        _byId.TryGetValue(exerciseId, out var exercise)
            ? exercise
            : throw new KeyNotFoundException($"No exercise with id '{exerciseId}'.");

    public bool TryGetExercise(string exerciseId, out Exercise exercise) =>
        _byId.TryGetValue(exerciseId, out exercise!);

    /// <exception cref="KeyNotFoundException">No variation has this id.</exception>
    public Variation GetVariation(string variationId) => Locate(variationId).Variation;

    /// <summary>The exercise a variation belongs to.</summary>
    /// <exception cref="KeyNotFoundException">No variation has this id.</exception>
    public Exercise ExerciseOf(string variationId) => Locate(variationId).Exercise;

    /// <summary>
    /// The exercise someone means by free text such as "Pall of press", "RDL" or "my planks", or null. The longest
    /// alias found wins, so "side plank" is not mistaken for "plank".
    /// </summary>
    public Exercise? FindByName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var padded = $" {NormaliseName(text)} ";
        return Exercises
            .SelectMany(e => e.Aliases.Select(alias => (Exercise: e, Alias: NormaliseName(alias))))
            .Where(p => padded.Contains($" {p.Alias} ", StringComparison.Ordinal))
            .OrderByDescending(p => p.Alias.Length)
            .Select(p => p.Exercise)
            .FirstOrDefault();
    }

    private (Exercise Exercise, Variation Variation) Locate(string variationId) =>
        _byVariationId.TryGetValue(variationId, out var found)
            ? found
            : throw new KeyNotFoundException($"No variation with id '{variationId}'.");

    // Hyphens, commas and repeated spaces vary in how people type names; compare words only.
    private static string NormaliseName(string text) =>
        string.Join(' ', text.ToLowerInvariant().Split([' ', '-', ',', '.', '!', '?', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
