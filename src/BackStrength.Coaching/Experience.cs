namespace BackStrength.Coaching;

/// <summary>How used to strengthening exercise the person is; chooses the starting dose and variation.</summary>
public enum Experience
{
    New,
    Some,
    Regular,
}
