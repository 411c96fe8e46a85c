using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace BackStrength.Storage.Tests.Sqlite;

/// <summary>Every connection the database hands out, new or reused from the pool, has the durability settings.</summary>
public sealed class SqliteStateDatabaseTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task New_and_pooled_connections_all_wait_for_other_writers_and_commit_through_a_killed_process()
    {
        var database = new SqliteStateDatabase(_folder.DatabaseFile);

        for (var i = 0; i < 3; i++)
        {
            // Two open at once forces a second physical connection; closing them returns both to the pool.
            await using var first = await database.OpenAsync(CancellationToken.None);
            await using var second = await database.OpenAsync(CancellationToken.None);
            foreach (var connection in new[] { first, second })
            {
                Assert.Equal(15_000L, await ScalarAsync(connection, "PRAGMA busy_timeout;"));
                Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA synchronous;"));
                Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode;"));
                Assert.Equal(1L, await ScalarAsync(connection, "PRAGMA secure_delete;"));
            }
        }
    }

    [Fact]
    public async Task State_saved_by_an_earlier_version_in_its_older_table_layout_is_kept_and_moved_to_the_current_one()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_folder.DatabaseFile)!);
        await using (var earlier = new SqliteConnection($"Data Source={_folder.DatabaseFile};Pooling=False"))
        {
            await earlier.OpenAsync();
            await ScalarAsync(earlier, """
                PRAGMA journal_mode = WAL;
                CREATE TABLE bot_state (state_key TEXT NOT NULL PRIMARY KEY, document TEXT NOT NULL, etag TEXT NULL, last_write_unix_ms INTEGER NOT NULL) WITHOUT ROWID;
                CREATE INDEX ix_bot_state_last_write ON bot_state (last_write_unix_ms);
                INSERT INTO bot_state VALUES ('users/ana', '{"painAnswer":"2 of 10"}', 'e1', 1000);
                """);
        }

        var storage = new SqliteStorage(_folder.DatabaseFile, TimeProvider.System, NullLogger<SqliteStorage>.Instance);
        var read = await storage.ReadAsync(["users/ana"]);
        await storage.WriteAsync(new Dictionary<string, object> { ["users/ben"] = new JObject { ["painAnswer"] = "1 of 10" } });

        Assert.Equal("2 of 10", ((JObject)read["users/ana"])["painAnswer"]!.Value<string>());
        await using var connection = await new SqliteStateDatabase(_folder.DatabaseFile).OpenAsync(CancellationToken.None);
        Assert.DoesNotContain("WITHOUT ROWID", (string)(await ScalarAsync(connection, "SELECT sql FROM sqlite_schema WHERE name = 'bot_state'"))!, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2L, await ScalarAsync(connection, "SELECT count(*) FROM bot_state"));
        Assert.Equal("ix_bot_state_last_write", await ScalarAsync(connection, "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'bot_state' AND sql IS NOT NULL"));
    }

    public void Dispose() => _folder.Dispose();

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
