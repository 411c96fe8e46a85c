using BackStrength.Storage.Memory;
using BackStrength.Storage.Sqlite;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackStrength.Reminders.Tests.Support;

/// <summary>
/// The store two bot instances share: one of our in-memory stores (the Memory provider), or one SQLite file
/// opened separately by each instance as two processes would.
/// </summary>
public sealed class SharedStore : IDisposable
{
    public const string Memory = "memory";
    public const string Sqlite = "sqlite";

    private readonly string? _folder;
    private readonly bool _inMemory;
    private InMemoryStorage? _memory;

    public SharedStore(string kind)
    {
        _inMemory = kind == Memory;
        if (!_inMemory)
        {
            _folder = Directory.CreateTempSubdirectory("reminders-").FullName;
        }
    }

    /// <summary>The SQLite store's database file.</summary>
    public string SqliteFile => Path.Combine(_folder ?? throw new InvalidOperationException("Not a SQLite store."), "backstrength.db");

    /// <summary>A connection to the shared store for one instance.</summary>
    public IStorage Open(TimeProvider clock) =>
        _inMemory
            ? _memory ??= new InMemoryStorage(clock)
            : new SqliteStorage(SqliteFile, clock, NullLogger<SqliteStorage>.Instance);

    public void Dispose()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
    }
}
