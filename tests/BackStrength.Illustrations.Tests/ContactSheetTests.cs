using BackStrength.Illustrations.Drawing;
using SkiaSharp;

namespace BackStrength.Illustrations.Tests;

/// <summary>
/// Writes every still onto one page, artifacts/illustrations/sheet.png, so a person can check at a glance that each
/// figure is recognisable. Rows follow the exercise library: one exercise per row, easiest variation first.
/// </summary>
public class ContactSheetTests
{
    private const float Scale = 0.5f;
    private const int Gap = 6;

    [Fact]
    public void A_contact_sheet_of_every_still_is_written_for_review()
    {
        var rows = Shipped.Exercises.Exercises.Select(e => e.Variations.Select(v => v.Id).ToList()).ToList();
        var cellWidth = (int)(IllustrationRenderer.StillSize.Width * Scale);
        var cellHeight = (int)(IllustrationRenderer.StillSize.Height * Scale);
        var columns = rows.Max(r => r.Count);
        var width = (columns * (cellWidth + Gap)) + Gap;
        var height = (rows.Count * (cellHeight + Gap)) + Gap;

        using var sheet = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(sheet))
        using (var smooth = new SKPaint { IsAntialias = true })
        {
            canvas.Clear(SKColors.Gray);
            for (var row = 0; row < rows.Count; row++)
            {
                for (var column = 0; column < rows[row].Count; column++)
                {
                    using var still = SKBitmap.Decode(IllustrationRenderer.RenderPng(Shipped.Pose(rows[row][column])));
                    var cell = SKRect.Create(Gap + (column * (cellWidth + Gap)), Gap + (row * (cellHeight + Gap)), cellWidth, cellHeight);
                    canvas.DrawBitmap(still, cell, smooth);
                }
            }
        }

        var path = Path.Combine(RepositoryRoot(), "artifacts", "illustrations", "sheet.png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var image = SKImage.FromBitmap(sheet))
        using (var png = image.Encode(SKEncodedImageFormat.Png, 100))
        using (var file = File.Create(path))
        {
            png.SaveTo(file);
        }

        using var written = SKBitmap.Decode(path);
        Assert.Equal((width, height), (written.Width, written.Height));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BackStrength.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("BackStrength.sln not found above the test output folder.");
    }
}
