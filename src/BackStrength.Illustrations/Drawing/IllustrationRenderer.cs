using BackStrength.Illustrations.Gif;
using BackStrength.Illustrations.Poses;
using SkiaSharp;

namespace BackStrength.Illustrations.Drawing;

/// <summary>Turns a pose into pictures: a still PNG (start and end side by side) and a looping animated GIF.</summary>
public static class IllustrationRenderer
{
    /// <summary>Size of the still: wide enough for two lying figures at the 300-500 px Teams gives a card image.</summary>
    public static readonly SKSizeI StillSize = new(480, 240);

    public static readonly SKSizeI AnimationSize = new(400, 300);

    private const int StepsBetweenKeyFrames = 8;
    private const float ArrowGap = 40f;
    private static readonly TimeSpan KeyFrameHold = TimeSpan.FromMilliseconds(700);
    private static readonly TimeSpan StepDuration = TimeSpan.FromMilliseconds(70);

    public static byte[] RenderPng(ExercisePose pose)
    {
        ArgumentNullException.ThrowIfNull(pose);
        using var bitmap = new SKBitmap(StillSize.Width, StillSize.Height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(Theme.Background);
            var layout = SceneLayout.For(pose);
            var half = (StillSize.Width - ArrowGap) / 2;
            var from = Skeleton.Pose(pose.Frame(pose.Still.From), pose.View);
            var to = Skeleton.Pose(pose.Frame(pose.Still.To), pose.View);
            DrawPanel(canvas, pose, layout, from, new SKRect(0, 0, half, StillSize.Height));
            DrawPanel(canvas, pose, layout, to, new SKRect(StillSize.Width - half, 0, StillSize.Width, StillSize.Height), MostMoved(from, to));
            DrawArrow(canvas, new SKPoint(StillSize.Width / 2f, StillSize.Height / 2f));
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    public static byte[] RenderGif(ExercisePose pose)
    {
        ArgumentNullException.ThrowIfNull(pose);
        return GifEncoder.Encode(DrawAnimation(pose, SceneLayout.For(pose)), new GifPalette(Theme.Background, Theme.Inks));
    }

    // Draws one picture at a time: the encoder is done with each before asking for the next, which disposes it.
    private static IEnumerable<GifFrame> DrawAnimation(ExercisePose pose, SceneLayout layout)
    {
        foreach (var (frame, duration) in AnimationFrames(pose))
        {
            using var picture = Draw(pose, layout, frame, AnimationSize);
            yield return new GifFrame(picture, duration);
        }
    }

    /// <summary>
    /// Holds on each key frame, then eases to the next, and from the last back to the first, so the loop is seamless.
    /// </summary>
    internal static IEnumerable<(KeyFrame Frame, TimeSpan Duration)> AnimationFrames(ExercisePose pose)
    {
        for (var i = 0; i < pose.Sequence.Count; i++)
        {
            var from = pose.Frame(pose.Sequence[i]);
            var to = pose.Frame(pose.Sequence[(i + 1) % pose.Sequence.Count]);
            yield return (from, KeyFrameHold);
            for (var step = 1; step < StepsBetweenKeyFrames; step++)
            {
                var t = step / (double)StepsBetweenKeyFrames;
                yield return (KeyFrame.Between(from, to, t * t * (3 - (2 * t))), StepDuration);
            }
        }
    }

    /// <summary>One posture drawn on its own picture.</summary>
    internal static SKBitmap Draw(ExercisePose pose, KeyFrame frame, SKSizeI size) => Draw(pose, SceneLayout.For(pose), frame, size);

    private static SKBitmap Draw(ExercisePose pose, SceneLayout layout, KeyFrame frame, SKSizeI size)
    {
        var bitmap = new SKBitmap(size.Width, size.Height);
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(Theme.Background);
        DrawPanel(canvas, pose, layout, Skeleton.Pose(frame, pose.View), new SKRect(0, 0, size.Width, size.Height));
        return bitmap;
    }

    private static void DrawPanel(SKCanvas canvas, ExercisePose pose, SceneLayout layout, Skeleton figure, SKRect pixels, (SKPoint From, SKPoint To)? motion = null)
    {
        canvas.Save();
        canvas.ClipRect(pixels);
        layout.Apply(canvas, pixels);
        ScenePainter.Paint(canvas, pose, figure);
        if (motion is { } path)
        {
            ScenePainter.PaintMotion(canvas, path.From, path.To);
        }

        canvas.Restore();
    }

    // The joint that travels furthest carries the movement; an arrow along its path points the eye at it.
    private static (SKPoint From, SKPoint To) MostMoved(Skeleton from, Skeleton to) =>
        from.Joints.Zip(to.Joints).MaxBy(pair => SKPoint.Distance(pair.First, pair.Second));

    private static void DrawArrow(SKCanvas canvas, SKPoint centre)
    {
        using var paint = ScenePainter.AccentStroke(4);
        canvas.DrawLine(centre.X - 12, centre.Y, centre.X + 12, centre.Y, paint);
        canvas.DrawLine(centre.X + 4, centre.Y - 8, centre.X + 12, centre.Y, paint);
        canvas.DrawLine(centre.X + 4, centre.Y + 8, centre.X + 12, centre.Y, paint);
    }
}
