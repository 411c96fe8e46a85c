namespace BackStrength.Coaching;

/// <summary>What the person most wants to work on.</summary>
public enum Focus
{
    LowerBack,
    UpperBackAndPosture,
    Core,
}
