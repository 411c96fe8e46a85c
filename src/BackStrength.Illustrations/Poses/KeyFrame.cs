namespace BackStrength.Illustrations.Poses;

/// <summary>Directions of an arm's segments, in degrees: 0 points right, 90 points up.</summary>
/// <param name="Reach">
/// How much of the arm's length shows, from 1 (across the picture) down towards 0 (pointing straight at the viewer),
/// for arms held out in front of a figure seen from the front.
/// </param>
public readonly record struct ArmAngles(double Upper, double Lower, double Reach = 1);

/// <summary>Directions of a leg's segments, in degrees: 0 points right, 90 points up.</summary>
public readonly record struct LegAngles(double Thigh, double Shin, double Foot);

/// <summary>
/// One posture of the figure as segment directions. Angles rather than joint positions keep every limb its own
/// length while the animation moves between postures; the figure is then set down so its lowest point rests on
/// the floor, so a pose never has to say how high the hips are.
/// </summary>
/// <param name="HipX">Horizontal position of the hips, in figure units, to move the figure relative to props.</param>
/// <param name="Near">In side view the limbs nearest the viewer; in front view the limbs on the picture's left.</param>
public sealed record KeyFrame(
    double HipX,
    double Torso,
    double Head,
    ArmAngles NearArm,
    ArmAngles FarArm,
    LegAngles NearLeg,
    LegAngles FarLeg)
{
    /// <summary>The posture a fraction <paramref name="t"/> of the way from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static KeyFrame Between(KeyFrame from, KeyFrame to, double t) => new(
        Lerp(from.HipX, to.HipX, t),
        Turn(from.Torso, to.Torso, t),
        Turn(from.Head, to.Head, t),
        Between(from.NearArm, to.NearArm, t),
        Between(from.FarArm, to.FarArm, t),
        Between(from.NearLeg, to.NearLeg, t),
        Between(from.FarLeg, to.FarLeg, t));

    private static ArmAngles Between(ArmAngles a, ArmAngles b, double t) =>
        new(Turn(a.Upper, b.Upper, t), Turn(a.Lower, b.Lower, t), Lerp(a.Reach, b.Reach, t));

    private static LegAngles Between(LegAngles a, LegAngles b, double t) =>
        new(Turn(a.Thigh, b.Thigh, t), Turn(a.Shin, b.Shin, t), Turn(a.Foot, b.Foot, t));

    private static double Lerp(double a, double b, double t) => a + ((b - a) * t);

    // The shorter way round, so 170 to -170 turns 20 degrees rather than 340.
    private static double Turn(double a, double b, double t)
    {
        var delta = ((b - a) % 360 + 540) % 360 - 180;
        return a + (delta * t);
    }
}
