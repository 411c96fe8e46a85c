namespace BackStrength.Coaching.Progress;

/// <summary>How an exercise went, as the person reported it after the session.</summary>
public enum Feeling
{
    TooEasy,
    AboutRight,
    TooHard,
    Skipped,
    StoppedForPain,

    /// <summary>Done, but the session ended before the person said how it felt; it neither steps up nor down.</summary>
    NotRated,
}
