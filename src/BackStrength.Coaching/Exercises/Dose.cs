namespace BackStrength.Coaching.Exercises;

/// <summary>
/// How much of an exercise to do. Either repetitions (each optionally held for <see cref="HoldSeconds"/>)
/// or, with no repetitions, a single timed hold per set.
/// </summary>
/// <param name="PerSide">The reps or hold are done on each side in turn.</param>
public sealed record Dose(int? Reps, int? HoldSeconds, int Sets, int RestSeconds, bool PerSide);

/// <summary>The dose of a variation for each experience level.</summary>
public sealed record DoseByLevel(Dose New, Dose Some, Dose Regular)
{
    public Dose For(Experience experience) => experience switch
    {
        Experience.New => New,
        Experience.Some => Some,
        Experience.Regular => Regular,
        _ => throw new ArgumentOutOfRangeException(nameof(experience), experience, null),
    };
}
