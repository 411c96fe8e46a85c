using BackStrength.Coaching.Exercises;
using BackStrength.Illustrations.Poses;

namespace BackStrength.Illustrations.Tests;

/// <summary>The exercise library and poses that ship, loaded once for all tests.</summary>
internal static class Shipped
{
    public static readonly ExerciseLibrary Exercises = ExerciseLibrary.LoadDefault();

    public static readonly PoseLibrary Poses = PoseLibrary.LoadDefault(Exercises);

    public static IEnumerable<Variation> Variations => Exercises.Exercises.SelectMany(e => e.Variations);

    public static TheoryData<string> VariationIds => [.. Variations.Select(v => v.Id)];

    public static ExercisePose Pose(string variationId) =>
        Poses.TryGet(variationId, out var pose) ? pose : throw new KeyNotFoundException(variationId);
}
