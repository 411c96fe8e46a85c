namespace BackStrength.Illustrations.Poses;

/// <summary>How a figure is seen: from the side (most exercises) or from the front (moves that open the arms sideways).</summary>
public enum FigureView
{
    Side,
    Front,
}

/// <summary>Everything needed to draw one exercise variation: the figure's key frames, the props around it and words for screen readers.</summary>
/// <param name="Sequence">Key frame names in the order the animation visits them; it loops back to the first.</param>
/// <param name="Still">The two key frames shown side by side in the still picture: where the movement starts and where it goes.</param>
/// <param name="AltText">The movement described in words, for people who cannot see the picture.</param>
public sealed record ExercisePose(
    string VariationId,
    FigureView View,
    IReadOnlyList<Prop> Props,
    IReadOnlyDictionary<string, KeyFrame> Frames,
    IReadOnlyList<string> Sequence,
    (string From, string To) Still,
    string AltText)
{
    public KeyFrame Frame(string name) => Frames[name];
}
