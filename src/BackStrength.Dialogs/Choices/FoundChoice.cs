namespace BackStrength.Dialogs;

/// <summary>The choice a user's answer picked.</summary>
public class FoundChoice
{
    /// <summary>The picked choice's <see cref="Choice.Value"/>.</summary>
    public string Value { get; set; } = string.Empty;

    /// <summary>The picked choice's position in the list, from 0.</summary>
    public int Index { get; set; }

    /// <summary>How closely the answer matched, from 0 to 1 (1 for an exact match, a number or an ordinal).</summary>
    public float Score { get; set; }

    /// <summary>The value or synonym that matched, or null when the user gave the choice's number or ordinal.</summary>
    public string? Synonym { get; set; }
}
