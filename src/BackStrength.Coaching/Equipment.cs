namespace BackStrength.Coaching;

/// <summary>Kit a person has to hand, or an exercise variation needs. A set, hence flags.</summary>
[Flags]
public enum Equipment
{
    None = 0,
    ResistanceBand = 1,
    /// <summary>A door that closes firmly, to anchor a band in.</summary>
    DoorAnchor = 2,
    Weights = 4,
    Chair = 8,
    /// <summary>Always assumed available: every office and home has a clear stretch of wall.</summary>
    Wall = 16,
}
