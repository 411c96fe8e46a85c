namespace BackStrength.Dialogs;

/// <summary>How a prompt shows its choices.</summary>
public enum ListStyle
{
    /// <summary>Only the prompt's own text; the choices are not shown.</summary>
    None,

    /// <summary>Suggested-action buttons where the channel supports them, a numbered list otherwise.</summary>
    Auto,

    /// <summary>The choices numbered on the same line as the text.</summary>
    Inline,

    /// <summary>The choices as a numbered list below the text.</summary>
    List,

    /// <summary>Suggested-action buttons that disappear once one is tapped.</summary>
    SuggestedAction,

    /// <summary>A hero card holding the text and one button per choice.</summary>
    HeroCard,
}
