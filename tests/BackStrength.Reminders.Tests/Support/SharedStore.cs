using BackStrength.Storage.Sqlite;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackStrength.Reminders.Tests.Support;

/// <summary>
/// The store two bot instances share: one SDK MemoryStorage object, or one SQLite file opened separately by
/// each instance as two processes would.
/// </summary>
public sealed class SharedStore : IDisposable
{
    public const string Memory = "memory";
    public const string Sqlite = "sqlite";

    private readonly string? _folder;
    private readonly MemoryStorage? _memory;

    public SharedStore(string kind)
    {
        if (kind == Memory)
        {
            _memory = new MemoryStorage();
        }
        else
        {
            _folder = Directory.CreateTempSubdirectory("reminders-").FullName;
        }
    }

    /// <summary>A connection to the shared store for one instance.</summary>
    public IStorage Open(TimeProvider clock) =>
        _memory ?? (IStorage)new SqliteStorage(Path.Combine(_folder!, "backstrength.db"), clock, NullLogger<SqliteStorage>.Instance);

    public void Dispose()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
