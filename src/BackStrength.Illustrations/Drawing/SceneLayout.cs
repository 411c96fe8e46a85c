using BackStrength.Illustrations.Poses;
using SkiaSharp;

namespace BackStrength.Illustrations.Drawing;

/// <summary>
/// Frames a pose: one area, in figure units, that holds every key frame and prop, so the floor and props stay put
/// while the figure moves and both halves of a still share one scale.
/// </summary>
internal sealed class SceneLayout
{
    private const float Margin = 5f;

    private SceneLayout(SKRect world) => World = world;

    public SKRect World { get; }

    public static SceneLayout For(ExercisePose pose)
    {
        var figures = pose.Frames.Values.Select(f => Skeleton.Pose(f, pose.View).Bounds).ToList();
        var area = figures[0];
        foreach (var bounds in figures)
        {
            area.Union(bounds);
        }

        var figureArea = area;
        foreach (var prop in pose.Props)
        {
            area.Union(ScenePainter.Extent(prop, figureArea));
        }

        area.Union(new SKRect(area.Left, -3, area.Right, 0));
        area.Inflate(Margin, Margin);
        return new SceneLayout(area);
    }

    /// <summary>Maps figure units onto <paramref name="pixels"/>, centred, with y turned to point up.</summary>
    public void Apply(SKCanvas canvas, SKRect pixels)
    {
        var scale = Math.Min(pixels.Width / World.Width, pixels.Height / World.Height);
        canvas.Translate(pixels.MidX, pixels.MidY);
        canvas.Scale(scale, -scale);
        canvas.Translate(-World.MidX, -World.MidY);
    }
}
