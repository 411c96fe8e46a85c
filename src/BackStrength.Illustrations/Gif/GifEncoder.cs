using SkiaSharp;

namespace BackStrength.Illustrations.Gif;

/// <summary>One picture of an animation and how long it stays on screen.</summary>
internal sealed record GifFrame(SKBitmap Picture, TimeSpan Duration);

/// <summary>
/// Writes a looping GIF89a. Each frame after the first stores only the rectangle that changed, drawn over the
/// previous one, which keeps a figure moving on a still background small.
/// </summary>
internal static class GifEncoder
{
    /// <summary>Encodes the frames in order, reading each picture once, before the next frame is requested.</summary>
    public static byte[] Encode(IEnumerable<GifFrame> frames, GifPalette palette)
    {
        ArgumentNullException.ThrowIfNull(frames);
        using var output = new MemoryStream();
        byte[]? previous = null;
        var width = 0;
        foreach (var frame in frames)
        {
            if (previous is null)
            {
                width = frame.Picture.Width;
                WriteHeader(output, width, frame.Picture.Height, palette);
            }

            var indices = Quantise(frame.Picture, palette);
            var changed = previous is null
                ? new SKRectI(0, 0, width, frame.Picture.Height)
                : ChangedArea(previous, indices, width, frame.Picture.Height);
            WriteFrame(output, indices, width, changed, frame.Duration);
            previous = indices;
        }

        if (previous is null)
        {
            throw new ArgumentException("An animation needs at least one frame.", nameof(frames));
        }

        output.WriteByte(0x3B);
        return output.ToArray();
    }

    private static void WriteHeader(Stream output, int width, int height, GifPalette palette)
    {
        output.Write("GIF89a"u8);
        WriteUInt16(output, width);
        WriteUInt16(output, height);
        output.WriteByte(0xF7); // A global colour table of 256 entries, 8 bits per primary.
        output.WriteByte(0); // Background colour index.
        output.WriteByte(0); // No pixel aspect ratio.
        for (var i = 0; i < 256; i++)
        {
            var colour = i < palette.Colours.Count ? palette.Colours[i] : SKColors.Black;
            output.WriteByte(colour.Red);
            output.WriteByte(colour.Green);
            output.WriteByte(colour.Blue);
        }

        // Loop forever (the NETSCAPE2.0 application extension with a repeat count of 0).
        output.Write([0x21, 0xFF, 0x0B]);
        output.Write("NETSCAPE2.0"u8);
        output.Write([0x03, 0x01, 0x00, 0x00, 0x00]);
    }

    private static void WriteFrame(Stream output, byte[] indices, int width, SKRectI area, TimeSpan duration)
    {
        // Graphic control: keep the previous frame underneath (disposal 1), delay in hundredths of a second.
        output.Write([0x21, 0xF9, 0x04, 0x04]);
        WriteUInt16(output, (int)Math.Round(duration.TotalMilliseconds / 10));
        output.Write([0x00, 0x00]);

        output.WriteByte(0x2C);
        WriteUInt16(output, area.Left);
        WriteUInt16(output, area.Top);
        WriteUInt16(output, area.Width);
        WriteUInt16(output, area.Height);
        output.WriteByte(0); // No local colour table, not interlaced.

        var region = new byte[area.Width * area.Height];
        for (var y = 0; y < area.Height; y++)
        {
            Array.Copy(indices, ((area.Top + y) * width) + area.Left, region, y * area.Width, area.Width);
        }

        LzwCompressor.Compress(region, 8, output);
    }

    private static byte[] Quantise(SKBitmap picture, GifPalette palette)
    {
        var pixels = picture.Pixels;
        var indices = new byte[pixels.Length];
        for (var i = 0; i < pixels.Length; i++)
        {
            indices[i] = palette.IndexOf(pixels[i]);
        }

        return indices;
    }

    private static SKRectI ChangedArea(byte[] previous, byte[] current, int width, int height)
    {
        int left = width, top = height, right = -1, bottom = -1;
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                if (previous[(y * width) + x] != current[(y * width) + x])
                {
                    left = Math.Min(left, x);
                    right = Math.Max(right, x);
                    top = Math.Min(top, y);
                    bottom = Math.Max(bottom, y);
                }
            }
        }

        // A frame that changes nothing still needs one pixel to carry its delay.
        return right < 0 ? new SKRectI(0, 0, 1, 1) : new SKRectI(left, top, right + 1, bottom + 1);
    }

    private static void WriteUInt16(Stream output, int value)
    {
        output.WriteByte((byte)(value & 0xFF));
        output.WriteByte((byte)(value >> 8));
    }
}
