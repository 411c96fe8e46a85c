using BackStrength.Illustrations.Gif;
using SkiaSharp;

namespace BackStrength.Illustrations.Tests;

public class GifEncoderTests
{
    private static readonly SKColor Background = new(0xF6, 0xF3, 0xEC);
    private static readonly SKColor[] Inks = [new(0x1E, 0x2B, 0x45), new(0xD2, 0x4E, 0x0C)];

    [Fact]
    public void Every_pixel_decodes_to_its_palette_colour_even_when_the_code_table_fills_up()
    {
        // Noise defeats compression, so the LZW table fills and is cleared several times.
        var palette = new GifPalette(Background, Inks);
        var random = new Random(12);
        using var first = Picture(120, 90, (_, _) => palette.Colours[random.Next(palette.Colours.Count)]);
        using var second = Picture(120, 90, (x, y) => x is > 30 and < 60 && y > 20 ? Inks[1] : first.GetPixel(x, y));

        var gif = GifEncoder.Encode([new GifFrame(first, TimeSpan.FromMilliseconds(500)), new GifFrame(second, TimeSpan.FromMilliseconds(70))], palette);

        using var codec = SKCodec.Create(new MemoryStream(gif));
        Assert.Equal(2, codec.FrameCount);
        Assert.Equal([500, 70], codec.FrameInfo.Select(f => f.Duration));
        using var decodedFirst = RendererTests.DecodeFrame(codec, 0);
        using var decodedSecond = RendererTests.DecodeFrame(codec, 1);
        Assert.Equal(first.Pixels, decodedFirst.Pixels);
        Assert.Equal(second.Pixels, decodedSecond.Pixels);
    }

    [Fact]
    public void Anti_aliased_shades_map_to_the_closest_palette_colour()
    {
        var palette = new GifPalette(Background, Inks);
        var halfway = new SKColor(0x8A, 0x8F, 0x98);

        var chosen = palette.Colours[palette.IndexOf(halfway)];

        var distance = Math.Abs(chosen.Red - halfway.Red) + Math.Abs(chosen.Green - halfway.Green) + Math.Abs(chosen.Blue - halfway.Blue);
        Assert.True(distance < 12, $"{halfway} became {chosen}.");
    }

    private static SKBitmap Picture(int width, int height, Func<int, int, SKColor> colourAt)
    {
        var bitmap = new SKBitmap(width, height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                bitmap.SetPixel(x, y, colourAt(x, y));
            }
        }

        return bitmap;
    }
}
