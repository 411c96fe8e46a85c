using System.Collections.Concurrent;
using System.Security.Cryptography;
using BackStrength.Illustrations.Drawing;
using BackStrength.Illustrations.Poses;
using Microsoft.Net.Http.Headers;

namespace BackStrength.Illustrations.Web;

/// <summary>An encoded picture with what HTTP needs to serve and cache it.</summary>
public sealed record RenderedImage(byte[] Content, string ContentType, EntityTagHeaderValue ETag);

/// <summary>
/// Renders each picture the first time it is asked for and keeps it in memory: there are a few dozen small images,
/// and drawing an animation takes far longer than serving it.
/// </summary>
public sealed class ExerciseImageStore(PoseLibrary poses)
{
    private readonly ConcurrentDictionary<(string VariationId, ImageFormat Format), Lazy<RenderedImage>> _rendered = new();

    /// <summary>The picture of a variation in the given format, or null when the variation has no pose.</summary>
    public RenderedImage? Get(string variationId, ImageFormat format)
    {
        if (!poses.TryGet(variationId, out var pose))
        {
            return null;
        }

        // Lazy makes concurrent first requests share one rendering instead of each drawing their own.
        return _rendered.GetOrAdd((variationId, format), _ => new Lazy<RenderedImage>(() => Render(pose, format))).Value;
    }

    private static RenderedImage Render(ExercisePose pose, ImageFormat format)
    {
        var content = format == ImageFormat.Png ? IllustrationRenderer.RenderPng(pose) : IllustrationRenderer.RenderGif(pose);
        var hash = Convert.ToHexStringLower(SHA256.HashData(content).AsSpan(0, 12));
        return new RenderedImage(content, format.ContentType(), new EntityTagHeaderValue($"\"{hash}\""));
    }
}
