using SkiaSharp;

namespace BackStrength.Illustrations.Drawing;

/// <summary>
/// Colours of every illustration. The picture brings its own light background, so a dark figure keeps its contrast
/// on Teams' light, dark and high-contrast themes alike; one orange accent marks what moves or resists.
/// </summary>
internal static class Theme
{
    public static readonly SKColor Background = new(0xF6, 0xF3, 0xEC);
    public static readonly SKColor Figure = new(0x1E, 0x2B, 0x45);

    // Limbs on the far side are paler so the near ones read as in front.
    public static readonly SKColor FigureFar = new(0x6B, 0x7A, 0x98);
    public static readonly SKColor Accent = new(0xD2, 0x4E, 0x0C);
    public static readonly SKColor PropLine = new(0x8A, 0x94, 0xA6);
    public static readonly SKColor PropFill = new(0xDD, 0xE3, 0xEB);

    /// <summary>Every colour drawn, so the GIF palette can hold them and their blends with the background.</summary>
    public static IReadOnlyList<SKColor> Inks { get; } = [Figure, FigureFar, Accent, PropLine, PropFill];
}
