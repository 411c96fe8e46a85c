namespace BackStrength.Tests.Shared;

internal static class RepositoryRoot
{
    /// <summary>The checkout's root folder, found by walking up from the test binaries to BackStrength.sln.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "BackStrength.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"BackStrength.sln was not found above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
