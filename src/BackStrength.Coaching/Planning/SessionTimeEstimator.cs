using BackStrength.Coaching.Exercises;

namespace BackStrength.Coaching.Planning;

/// <summary>How long a planned exercise takes, so a plan fits the minutes the person has.</summary>
internal static class SessionTimeEstimator
{
    /// <summary>Reading the instructions and getting into position.</summary>
    public const int SetupSeconds = 20;

    /// <summary>Getting down to the floor and back up again, paid once per session.</summary>
    public const int FloorTransitionSeconds = 30;

    public static int Seconds(Exercise exercise, Dose dose)
    {
        var sides = dose.PerSide ? 2 : 1;
        var work = dose.Reps is { } reps
            ? reps * (exercise.SecondsPerRep + (dose.HoldSeconds ?? 0))
            : dose.HoldSeconds ?? 0;
        return (dose.Sets * sides * work) + ((dose.Sets - 1) * dose.RestSeconds) + SetupSeconds;
    }

    public static double ToMinutes(int seconds) => Math.Round(seconds / 60.0, 1);
}
