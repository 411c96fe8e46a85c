namespace BackStrength.Coaching.Exercises;

/// <summary>The four areas a balanced back session covers.</summary>
public enum BodyArea
{
    HipsAndGlutes,
    CoreAndSides,
    BackExtensors,
    UpperBack,
}
