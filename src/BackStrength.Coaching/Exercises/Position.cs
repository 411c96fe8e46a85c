namespace BackStrength.Coaching.Exercises;

/// <summary>The body position an exercise variation is done in.</summary>
public enum Position
{
    Standing,
    Seated,
    Kneeling,
    HandsAndKnees,
    FaceDown,
    SideLying,
    OnBack,
}

public static class PositionExtensions
{
    /// <summary>True when the person has to get down onto the floor for this position.</summary>
    public static bool IsOnFloor(this Position position) => position is not (Position.Standing or Position.Seated);

    /// <summary>True when the position puts weight through the knees.</summary>
    public static bool NeedsKneeling(this Position position) => position is Position.Kneeling or Position.HandsAndKnees;
}
