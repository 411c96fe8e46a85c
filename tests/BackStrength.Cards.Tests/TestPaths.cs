namespace BackStrength.Cards.Tests;

/// <summary>Folders the tests read from and write to.</summary>
internal static class TestPaths
{
    /// <summary>The layouts and sample data, copied beside the test binaries exactly as they ship.</summary>
    public static string CardsFolder => Path.Combine(AppContext.BaseDirectory, "cards");

    /// <summary>
    /// Where every rendered card is written for tests/cards-validation, which parses them with the official
    /// adaptivecards library; git-ignored.
    /// </summary>
    public static string RenderedCardsFolder => Path.Combine(RepositoryRoot, "artifacts", "rendered-cards");

    private static string RepositoryRoot
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "BackStrength.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("BackStrength.sln was not found above the test binaries.");
        }
    }
}
