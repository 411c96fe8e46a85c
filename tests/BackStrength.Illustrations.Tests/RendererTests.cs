using BackStrength.Illustrations.Drawing;
using BackStrength.Illustrations.Poses;
using SkiaSharp;

namespace BackStrength.Illustrations.Tests;

public class RendererTests
{
    [Theory]
    [MemberData(nameof(Shipped.VariationIds), MemberType = typeof(Shipped))]
    public void The_still_is_a_png_at_card_size(string variationId)
    {
        var png = IllustrationRenderer.RenderPng(Shipped.Pose(variationId));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
        using var decoded = SKBitmap.Decode(png);
        Assert.Equal(IllustrationRenderer.StillSize, new SKSizeI(decoded.Width, decoded.Height));
    }

    [Theory]
    [MemberData(nameof(Shipped.VariationIds), MemberType = typeof(Shipped))]
    public void The_start_and_end_of_the_movement_look_different(string variationId)
    {
        var pose = Shipped.Pose(variationId);
        using var start = IllustrationRenderer.Draw(pose, pose.Frame(pose.Still.From), IllustrationRenderer.AnimationSize);
        using var end = IllustrationRenderer.Draw(pose, pose.Frame(pose.Still.To), IllustrationRenderer.AnimationSize);

        // At least half a percent of the picture changes: enough to see, not just a few anti-aliased edge pixels.
        var changed = start.Pixels.Zip(end.Pixels).Count(p => p.First != p.Second);
        Assert.True(changed > start.Pixels.Length / 200, $"{variationId}: only {changed} pixels differ between start and end.");
    }

    [Theory]
    [MemberData(nameof(Shipped.VariationIds), MemberType = typeof(Shipped))]
    public void The_figure_stays_inside_the_picture_throughout_the_animation(string variationId)
    {
        var pose = Shipped.Pose(variationId);
        var world = SceneLayout.For(pose).World;

        foreach (var (frame, _) in IllustrationRenderer.AnimationFrames(pose))
        {
            var figure = Skeleton.Pose(frame, pose.View).Bounds;
            Assert.True(world.Contains(figure), $"{variationId}: the figure at {figure} leaves the picture {world}.");
        }
    }

    [Theory]
    [MemberData(nameof(Shipped.VariationIds), MemberType = typeof(Shipped))]
    public void The_animation_is_a_looping_gif_that_moves(string variationId)
    {
        var pose = Shipped.Pose(variationId);
        var gif = IllustrationRenderer.RenderGif(pose);

        Assert.Equal("GIF89a"u8.ToArray(), gif[..6]);
        using var codec = SKCodec.Create(new MemoryStream(gif));
        Assert.Equal(IllustrationRenderer.AnimationSize, new SKSizeI(codec.Info.Width, codec.Info.Height));
        Assert.Equal(IllustrationRenderer.AnimationFrames(pose).Count(), codec.FrameCount);
        Assert.Equal(-1, codec.RepetitionCount); // Skia reports a loop that repeats forever as -1.

        using var first = DecodeFrame(codec, 0);
        using var later = DecodeFrame(codec, codec.FrameCount / pose.Sequence.Count);
        Assert.NotEqual(first.Pixels, later.Pixels);
    }

    [Fact]
    public void Every_key_frame_of_the_animation_differs_from_the_next()
    {
        foreach (var pose in Shipped.Poses.Poses)
        {
            var frames = pose.Sequence.Select(pose.Frame).ToList();
            for (var i = 0; i < frames.Count; i++)
            {
                Assert.NotEqual(frames[i], frames[(i + 1) % frames.Count]);
            }
        }
    }

    [Fact]
    public void Figures_lie_on_the_floor()
    {
        foreach (var pose in Shipped.Poses.Poses)
        {
            foreach (var frame in pose.Frames.Values)
            {
                // With y pointing up, Top is the lowest edge.
                Assert.Equal(0, Skeleton.Pose(frame, pose.View).Bounds.Top, 3);
            }
        }
    }

    internal static SKBitmap DecodeFrame(SKCodec codec, int index)
    {
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Bgra8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);

        // GIF frames after the first draw over the one before, so each is decoded on top of its predecessor.
        for (var i = 0; i <= index; i++)
        {
            var result = codec.GetPixels(info, bitmap.GetPixels(), new SKCodecOptions(i, i == 0 ? -1 : i - 1));
            Assert.Equal(SKCodecResult.Success, result);
        }

        return bitmap;
    }
}
