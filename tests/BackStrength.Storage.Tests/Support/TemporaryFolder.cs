using Microsoft.Data.Sqlite;

namespace BackStrength.Storage.Tests.Support;

/// <summary>A fresh folder for one test, removed afterwards together with any SQLite files in it.</summary>
internal sealed class TemporaryFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("backstrength-storage-").FullName;

    public string DatabaseFile => System.IO.Path.Combine(Path, "state", "backstrength.db");

    public void Dispose()
    {
        // Pooled connections keep the database open; release them so the folder can be deleted.
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
