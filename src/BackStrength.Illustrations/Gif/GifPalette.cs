using SkiaSharp;

namespace BackStrength.Illustrations.Gif;

/// <summary>
/// A 256-colour palette for pictures drawn with a few known inks on one background: each ink and the anti-aliased
/// shades between it and the background, so edges stay smooth after quantising.
/// </summary>
internal sealed class GifPalette
{
    private const int ShadesPerInk = 40;
    private readonly Dictionary<uint, byte> _nearest = [];

    public GifPalette(SKColor background, IReadOnlyList<SKColor> inks)
    {
        var colours = new List<SKColor> { background };
        foreach (var ink in inks)
        {
            for (var shade = 1; shade <= ShadesPerInk; shade++)
            {
                colours.Add(Blend(background, ink, shade / (double)ShadesPerInk));
            }
        }

        if (colours.Count > 256)
        {
            throw new ArgumentException($"{inks.Count} inks need more than 256 colours.", nameof(inks));
        }

        Colours = colours;
    }

    public IReadOnlyList<SKColor> Colours { get; }

    public byte IndexOf(SKColor colour)
    {
        var key = (uint)colour;
        if (!_nearest.TryGetValue(key, out var index))
        {
            index = Nearest(colour);
            _nearest[key] = index;
        }

        return index;
    }

    private byte Nearest(SKColor colour)
    {
        var best = 0;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < Colours.Count; i++)
        {
            var c = Colours[i];
            int dr = c.Red - colour.Red, dg = c.Green - colour.Green, db = c.Blue - colour.Blue;
            var distance = (dr * dr) + (dg * dg) + (db * db);
            if (distance < bestDistance)
            {
                best = i;
                bestDistance = distance;
            }
        }

        return (byte)best;
    }

    private static SKColor Blend(SKColor from, SKColor to, double t) => new(
        (byte)Math.Round(from.Red + ((to.Red - from.Red) * t)),
        (byte)Math.Round(from.Green + ((to.Green - from.Green) * t)),
        (byte)Math.Round(from.Blue + ((to.Blue - from.Blue) * t)));
}
