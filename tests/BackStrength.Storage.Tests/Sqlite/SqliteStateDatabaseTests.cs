using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Support;
using Microsoft.Data.Sqlite;

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

    public void Dispose() => _folder.Dispose();

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
