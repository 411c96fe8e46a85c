namespace BackStrength.Illustrations.Web;

/// <summary>The two ways an illustration is served: a still PNG and an animated GIF.</summary>
public enum ImageFormat
{
    Png,
    Gif,
}

public static class ImageFormatExtensions
{
    public static string Extension(this ImageFormat format) => format == ImageFormat.Png ? ".png" : ".gif";

    public static string ContentType(this ImageFormat format) => format == ImageFormat.Png ? "image/png" : "image/gif";

    /// <summary>The format a file name's extension asks for, or null for any other extension.</summary>
    public static ImageFormat? FromFileName(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".png" => ImageFormat.Png,
            ".gif" => ImageFormat.Gif,
            _ => null,
        };
}
