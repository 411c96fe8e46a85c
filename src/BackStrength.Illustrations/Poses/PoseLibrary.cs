using System.Reflection;
using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;

namespace BackStrength.Illustrations.Poses;

/// <summary>The pose of every exercise variation, checked against the exercise library so no variation goes without a picture.</summary>
public sealed class PoseLibrary
{
    private readonly Dictionary<string, ExercisePose> _byVariationId;

    private PoseLibrary(IReadOnlyList<ExercisePose> poses) =>
        _byVariationId = poses.ToDictionary(p => p.VariationId, StringComparer.Ordinal);

    public IEnumerable<ExercisePose> Poses => _byVariationId.Values;

    /// <summary>Reads and validates a poses file. Throws <see cref="ContentValidationException"/> naming the variation at fault.</summary>
    public static PoseLibrary Load(Stream json, ExerciseLibrary exercises)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        var poses = PoseFileReader.Read(json);
        var known = exercises.Exercises.SelectMany(e => e.Variations).Select(v => v.Id).ToHashSet(StringComparer.Ordinal);
        var stray = poses.FirstOrDefault(p => !known.Contains(p.VariationId));
        if (stray is not null)
        {
            throw new ContentValidationException($"variation '{stray.VariationId}'", "(pose)", "no exercise variation has this id.");
        }

        var missing = known.FirstOrDefault(id => poses.All(p => p.VariationId != id));
        if (missing is not null)
        {
            throw new ContentValidationException($"variation '{missing}'", "(pose)", "this variation has no pose in poses.json.");
        }

        return new PoseLibrary(poses);
    }

    /// <summary>The poses shipped with the bot (Content/poses.json).</summary>
    public static PoseLibrary LoadDefault(ExerciseLibrary exercises)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("BackStrength.Illustrations.Content.poses.json")
            ?? throw new InvalidOperationException("The content file poses.json is not embedded in the assembly.");
        return Load(stream, exercises);
    }

    public bool TryGet(string variationId, out ExercisePose pose) => _byVariationId.TryGetValue(variationId, out pose!);
}
