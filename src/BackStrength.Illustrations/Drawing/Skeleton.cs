using BackStrength.Illustrations.Poses;
using SkiaSharp;

namespace BackStrength.Illustrations.Drawing;

/// <summary>One drawn segment of the figure: a rounded bar from A to B.</summary>
internal readonly record struct Bone(SKPoint A, SKPoint B, float Width);

internal sealed record Arm(SKPoint Shoulder, SKPoint Elbow, SKPoint Hand)
{
    public IReadOnlyCollection<Bone> Bones =>
    [
        new(Shoulder, Elbow, Proportions.UpperArmWidth),
        new(Elbow, Hand, Proportions.ForearmWidth),
    ];
}

internal sealed record Leg(SKPoint Hip, SKPoint Knee, SKPoint Ankle, SKPoint Toe)
{
    public IReadOnlyCollection<Bone> Bones =>
    [
        new(Hip, Knee, Proportions.ThighWidth),
        new(Knee, Ankle, Proportions.ShinWidth),
        new(Ankle, Toe, Proportions.FootWidth),
    ];
}

/// <summary>Joint positions of a key frame, in figure units with y pointing up and the floor at y = 0.</summary>
internal sealed record Skeleton(SKPoint Hip, SKPoint Shoulder, SKPoint Head, float TorsoWidth, Arm NearArm, Arm FarArm, Leg NearLeg, Leg FarLeg)
{
    public Bone Trunk => new(Hip, Shoulder, TorsoWidth);

    public IEnumerable<SKPoint> Joints =>
    [
        Hip, Shoulder, Head,
        NearArm.Elbow, NearArm.Hand, FarArm.Elbow, FarArm.Hand,
        NearLeg.Knee, NearLeg.Ankle, NearLeg.Toe, FarLeg.Knee, FarLeg.Ankle, FarLeg.Toe,
    ];

    public IEnumerable<Bone> Bones => [Trunk, .. NearArm.Bones, .. FarArm.Bones, .. NearLeg.Bones, .. FarLeg.Bones];

    /// <summary>Everything the figure covers, including limb thickness and the head.</summary>
    public SKRect Bounds
    {
        get
        {
            var bounds = new SKRect(Head.X - Proportions.HeadRadius, Head.Y - Proportions.HeadRadius, Head.X + Proportions.HeadRadius, Head.Y + Proportions.HeadRadius);
            foreach (var bone in Bones)
            {
                var r = bone.Width / 2;
                bounds.Union(new SKRect(Math.Min(bone.A.X, bone.B.X) - r, Math.Min(bone.A.Y, bone.B.Y) - r, Math.Max(bone.A.X, bone.B.X) + r, Math.Max(bone.A.Y, bone.B.Y) + r));
            }

            return bounds;
        }
    }

    /// <summary>Places the figure's segments from the key frame's angles, then lowers it until its lowest point touches the floor.</summary>
    public static Skeleton Pose(KeyFrame frame, FigureView view)
    {
        var floating = Build(frame, view, SKPoint.Empty);

        // With y pointing up, the rectangle's Top is its lowest edge.
        return Build(frame, view, new SKPoint(0, -floating.Bounds.Top));
    }

    private static Skeleton Build(KeyFrame frame, FigureView view, SKPoint lift)
    {
        var hip = new SKPoint((float)frame.HipX, 0) + lift;
        var shoulder = hip + Along(frame.Torso, Proportions.Torso);
        var head = shoulder + Along(frame.Head, Proportions.Neck + Proportions.HeadRadius);

        // From the front the shoulders and hips have width; "near" limbs hang on the picture's left.
        var fromFront = view == FigureView.Front;
        var across = Along(frame.Torso - 90, 1);
        var shoulderOffset = fromFront ? Scale(across, Proportions.ShoulderHalfWidthFromFront) : SKPoint.Empty;
        var hipOffset = fromFront ? Scale(across, Proportions.HipHalfWidthFromFront) : SKPoint.Empty;
        return new Skeleton(
            hip,
            shoulder,
            head,
            fromFront ? Proportions.TorsoWidthFromFront : Proportions.TorsoWidth,
            BuildArm(shoulder - shoulderOffset, frame.NearArm),
            BuildArm(shoulder + shoulderOffset, frame.FarArm),
            BuildLeg(hip - hipOffset, frame.NearLeg),
            BuildLeg(hip + hipOffset, frame.FarLeg));
    }

    private static Arm BuildArm(SKPoint shoulder, ArmAngles angles)
    {
        var elbow = shoulder + Along(angles.Upper, Proportions.UpperArm * (float)angles.Reach);
        return new Arm(shoulder, elbow, elbow + Along(angles.Lower, Proportions.Forearm * (float)angles.Reach));
    }

    private static Leg BuildLeg(SKPoint hip, LegAngles angles)
    {
        var knee = hip + Along(angles.Thigh, Proportions.Thigh);
        var ankle = knee + Along(angles.Shin, Proportions.Shin);
        return new Leg(hip, knee, ankle, ankle + Along(angles.Foot, Proportions.Foot));
    }

    private static SKPoint Along(double degrees, float length)
    {
        var radians = degrees * Math.PI / 180;
        return new SKPoint((float)(Math.Cos(radians) * length), (float)(Math.Sin(radians) * length));
    }

    private static SKPoint Scale(SKPoint p, float factor) => new(p.X * factor, p.Y * factor);
}
