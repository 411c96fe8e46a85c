namespace BackStrength.Illustrations.Poses;

// The shape of Content/poses.json as written by hand; PoseFileReader turns it into validated ExercisePoses.
internal sealed record PoseFile(Dictionary<string, PoseEntry?>? Poses);

internal sealed record PoseEntry(
    string? View,
    List<PropEntry?>? Props,
    Dictionary<string, FrameEntry?>? Frames,
    List<string?>? Sequence,
    List<string?>? Still,
    string? AltText);

internal sealed record PropEntry(string? Kind, double? X, bool? FacesLeft);

internal sealed record FrameEntry(
    double? X,
    double? Torso,
    double? Head,
    double[]? NearArm,
    double[]? FarArm,
    double[]? NearLeg,
    double[]? FarLeg);
