using BackStrength.Illustrations.Poses;
using SkiaSharp;

namespace BackStrength.Illustrations.Drawing;

/// <summary>Draws one posture of a pose, with its props, in figure units (y up, floor at 0) on an already transformed canvas.</summary>
internal static class ScenePainter
{
    public const float ChairSeatHeight = 20.5f;
    private const float ChairBackHeight = 46f;
    private const float ChairDepth = 19f;
    private const float DoorWidth = 34f;
    private const float DoorHeight = 96f;
    private const float DoorHandleHeight = 44f;
    private const float MatThickness = 2f;
    private const float WallThickness = 4f;
    private const float WallHeight = 120f;
    private const float WallBehindMargin = 6f;

    // Movements shorter than this (in figure units) need no arrow; the arrow runs this far beside the joint's path.
    private const float MinimumMotion = 5f;
    private const float MotionOffset = 6f;
    private const float OutlineWidth = 1.6f;

    /// <summary>The area a prop takes up, so the picture can be framed to include it.</summary>
    public static SKRect Extent(Prop prop, SKRect figure) => prop.Kind switch
    {
        PropKind.Mat => new SKRect(figure.Left - 4, -MatThickness, figure.Right + 4, 0),
        PropKind.Wall => new SKRect(prop.X - WallThickness, 0, prop.X + WallThickness, figure.Bottom),
        PropKind.WallBehind => new SKRect(figure.Left - WallBehindMargin, 0, figure.Right + WallBehindMargin, figure.Bottom + WallBehindMargin),
        PropKind.Door => new SKRect(prop.X - (DoorWidth / 2), 0, prop.X + (DoorWidth / 2), DoorHeight),
        PropKind.Chair => new SKRect(prop.X - (ChairDepth / 2), 0, prop.X + (ChairDepth / 2), ChairBackHeight),
        _ => figure,
    };

    public static void Paint(SKCanvas canvas, ExercisePose pose, Skeleton figure)
    {
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var line = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        var hasMat = pose.Props.Any(p => p.Kind == PropKind.Mat);

        line.Color = Theme.PropLine;
        line.StrokeWidth = 1.2f;
        var floor = hasMat ? -MatThickness : 0;
        canvas.DrawLine(-1000, floor, 1000, floor, line);
        foreach (var prop in pose.Props)
        {
            PaintBackdrop(canvas, prop, figure, fill, line);
        }

        PaintFigure(canvas, pose.View, figure, line, fill);
        foreach (var prop in pose.Props)
        {
            PaintHeld(canvas, prop, pose, figure, fill, line);
        }
    }

    private static void PaintBackdrop(SKCanvas canvas, Prop prop, Skeleton figure, SKPaint fill, SKPaint line)
    {
        fill.Color = Theme.PropFill;
        line.Color = Theme.PropLine;
        line.StrokeWidth = 1.2f;
        switch (prop.Kind)
        {
            case PropKind.Mat:
                var mat = Extent(prop, figure.Bounds);
                canvas.DrawRoundRect(mat, 1, 1, fill);
                break;
            case PropKind.Wall:
                // The wall's body lies on the side away from the person.
                var away = prop.X < figure.Hip.X ? -WallThickness : WallThickness;
                var wall = new SKRect(Math.Min(prop.X, prop.X + away), 0, Math.Max(prop.X, prop.X + away), WallHeight);
                canvas.DrawRect(wall, fill);
                canvas.DrawLine(prop.X, 0, prop.X, WallHeight, line);
                break;
            case PropKind.WallBehind:
                canvas.DrawRect(new SKRect(-1000, 0, 1000, WallHeight), fill);
                break;
            case PropKind.Door:
                var door = Extent(prop, figure.Bounds);
                canvas.DrawRect(door, fill);
                canvas.DrawRect(door, line);
                line.StrokeWidth = 2.4f;
                var handle = DoorHandle(prop, figure);
                canvas.DrawLine(handle.X - 3, handle.Y, handle.X + 3, handle.Y, line);
                break;
            case PropKind.Chair:
                PaintChair(canvas, prop, line);
                break;
        }
    }

    private static void PaintChair(SKCanvas canvas, Prop chair, SKPaint line)
    {
        var front = chair.X + (chair.FacesLeft ? -ChairDepth / 2 : ChairDepth / 2);
        var back = chair.X + (chair.FacesLeft ? ChairDepth / 2 : -ChairDepth / 2);
        line.StrokeWidth = 2.6f;
        canvas.DrawLine(back, ChairSeatHeight, front, ChairSeatHeight, line);
        canvas.DrawLine(front, ChairSeatHeight, front, 0, line);
        canvas.DrawLine(back, ChairBackHeight, back, 0, line);
    }

    private static void PaintFigure(SKCanvas canvas, FigureView view, Skeleton figure, SKPaint line, SKPaint fill)
    {
        // From the side, far limbs go behind the body in a paler colour; from the front all limbs are alike.
        var far = view == FigureView.Side ? Theme.FigureFar : Theme.Figure;
        PaintBones(canvas, figure.FarLeg.Bones, far, line);
        PaintBones(canvas, figure.FarArm.Bones, far, line);
        PaintHand(canvas, figure.FarArm.Hand, far, fill);
        PaintBones(canvas, [figure.Trunk], Theme.Figure, line);
        fill.Color = Theme.Figure;
        canvas.DrawCircle(figure.Head, Proportions.HeadRadius, fill);
        PaintOutlined(canvas, figure.NearLeg.Bones, line);
        PaintOutlined(canvas, figure.NearArm.Bones, line);
        PaintHand(canvas, figure.NearArm.Hand, Theme.Figure, fill);
    }

    // A thin rim of background colour keeps a near limb readable where it crosses the body in the same colour.
    private static void PaintOutlined(SKCanvas canvas, IReadOnlyCollection<Bone> bones, SKPaint line)
    {
        PaintBones(canvas, bones.Select(b => b with { Width = b.Width + OutlineWidth }), Theme.Background, line);
        PaintBones(canvas, bones, Theme.Figure, line);
    }

    private static void PaintBones(SKCanvas canvas, IEnumerable<Bone> bones, SKColor colour, SKPaint line)
    {
        line.Color = colour;
        foreach (var bone in bones)
        {
            line.StrokeWidth = bone.Width;
            canvas.DrawLine(bone.A, bone.B, line);
        }
    }

    private static void PaintHand(SKCanvas canvas, SKPoint hand, SKColor colour, SKPaint fill)
    {
        fill.Color = colour;
        canvas.DrawCircle(hand, Proportions.HandRadius, fill);
    }

    private static void PaintHeld(SKCanvas canvas, Prop prop, ExercisePose pose, Skeleton figure, SKPaint fill, SKPaint line)
    {
        line.Color = Theme.Accent;
        line.StrokeWidth = 1.8f;
        switch (prop.Kind)
        {
            case PropKind.BandFromDoor:
                var door = pose.Props.First(p => p.Kind == PropKind.Door);
                canvas.DrawLine(DoorHandle(door, figure), figure.NearArm.Hand, line);
                break;
            case PropKind.BandBetweenHands:
                canvas.DrawLine(figure.NearArm.Hand, figure.FarArm.Hand, line);
                break;
            case PropKind.Weights:
                PaintWeight(canvas, figure.FarArm, pose.View == FigureView.Side ? Theme.FigureFar : Theme.Figure, line);
                PaintWeight(canvas, figure.NearArm, Theme.Figure, line);
                break;
        }
    }

    // A small dumbbell across the hand, at right angles to the forearm.
    private static void PaintWeight(SKCanvas canvas, Arm arm, SKColor colour, SKPaint line)
    {
        var forearm = arm.Hand - arm.Elbow;
        var length = forearm.Length;
        var across = new SKPoint(-forearm.Y / length * 5, forearm.X / length * 5);
        line.Color = colour;
        line.StrokeWidth = 4.5f;
        canvas.DrawLine(arm.Hand - across, arm.Hand + across, line);
    }

    /// <summary>An accent arrow from where a joint was to where it is, set off to one side so it does not hide the limb.</summary>
    public static void PaintMotion(SKCanvas canvas, SKPoint from, SKPoint to)
    {
        var travel = to - from;
        var length = travel.Length;
        if (length < MinimumMotion)
        {
            return;
        }

        var along = new SKPoint(travel.X / length, travel.Y / length);
        var aside = new SKPoint(-along.Y * MotionOffset, along.X * MotionOffset);
        var start = from + aside + Scale(along, length * 0.15f);
        var end = to + aside - Scale(along, length * 0.1f);
        using var paint = AccentStroke(1.8f);
        canvas.DrawLine(start, end, paint);
        var back = Scale(along, -4.5f);
        var wing = new SKPoint(-along.Y * 3, along.X * 3);
        canvas.DrawLine(end, end + back + wing, paint);
        canvas.DrawLine(end, end + back - wing, paint);
    }

    /// <summary>The round-ended accent line of every arrow that shows movement.</summary>
    public static SKPaint AccentStroke(float width) => new()
    {
        IsAntialias = true,
        Color = Theme.Accent,
        Style = SKPaintStyle.Stroke,
        StrokeWidth = width,
        StrokeCap = SKStrokeCap.Round,
        StrokeJoin = SKStrokeJoin.Round,
    };

    private static SKPoint Scale(SKPoint p, float factor) => new(p.X * factor, p.Y * factor);

    private static SKPoint DoorHandle(Prop door, Skeleton figure)
    {
        var towardsPerson = figure.Hip.X >= door.X ? 1 : -1;
        return new SKPoint(door.X + (towardsPerson * (DoorWidth / 2 - 5)), DoorHandleHeight);
    }
}
