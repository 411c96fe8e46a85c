namespace BackStrength.Coaching;

/// <summary>
/// What the person told the coach before a session. A positional record so that System.Text.Json and
/// Newtonsoft (Bot Framework user state) can both round-trip it through the constructor.
/// </summary>
/// <param name="PainNow">Back pain right now, 0 (none) to 10 (worst imaginable).</param>
/// <param name="Equipment">Kit to hand; a wall is always assumed.</param>
/// <param name="MinutesAvailable">Session length the person has, usually 5, 10, 20 or 30.</param>
/// <param name="Focus">Optional area to emphasise; null for an all-round session.</param>
public sealed record Assessment(
    int PainNow,
    Experience Experience,
    bool CanGetToFloor,
    bool KneelingComfortable,
    Equipment Equipment,
    int MinutesAvailable,
    Focus? Focus,
    bool PainSpreadsBelowKnee)
{
    public const int MaxPain = 10;

    /// <summary>The shortest session the planner can fit a balanced set of exercises into.</summary>
    public const int MinimumMinutes = 5;

    /// <summary>Equipment the person has, plus the wall that is always there. A method so it is not stored.</summary>
    public Equipment EquipmentAtHand() => Equipment | Equipment.Wall;

    /// <summary>Throws when a value is outside what the coach can act on.</summary>
    public void EnsureValid()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(PainNow);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(PainNow, MaxPain);
        ArgumentOutOfRangeException.ThrowIfLessThan(MinutesAvailable, MinimumMinutes);
    }
}
