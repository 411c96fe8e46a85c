namespace BackStrength.Illustrations.Drawing;

/// <summary>
/// Segment lengths and thicknesses of the figure, in figure units (a standing adult is about 100 tall). Shared by every
/// pose so all the figures look like the same person.
/// </summary>
internal static class Proportions
{
    public const float Torso = 30f;
    public const float Neck = 3.5f;
    public const float HeadRadius = 6.5f;
    public const float UpperArm = 16f;
    public const float Forearm = 15f;
    public const float Thigh = 23f;
    public const float Shin = 22f;
    public const float Foot = 7f;

    public const float TorsoWidth = 12f;
    public const float TorsoWidthFromFront = 15f;
    public const float UpperArmWidth = 5f;
    public const float ForearmWidth = 4.2f;
    public const float ThighWidth = 7f;
    public const float ShinWidth = 5.5f;
    public const float FootWidth = 3.6f;
    public const float HandRadius = 2.4f;

    // Seen from the front, the limbs hang from either side of the trunk rather than from its centre line.
    public const float ShoulderHalfWidthFromFront = 8f;
    public const float HipHalfWidthFromFront = 4.5f;
}
