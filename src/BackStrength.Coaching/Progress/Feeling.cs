namespace BackStrength.Coaching.Progress;

/// <summary>How an exercise went, as the person reported it after the session.</summary>
public enum Feeling
{
    TooEasy,
    AboutRight,
    TooHard,
    Skipped,
    StoppedForPain,
}
