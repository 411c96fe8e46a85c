using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Support;

namespace BackStrength.Storage.Tests.Sqlite;

/// <summary>The storage's one kept connection: a change that fails half-way must not poison the calls after it.</summary>
public sealed class SqliteSessionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task A_change_that_fails_half_way_leaves_nothing_behind_for_the_next_call()
    {
        var session = new SqliteSession(new SqliteStateDatabase(_folder.DatabaseFile));

        await Assert.ThrowsAsync<IOException>(() => session.RunAsync<int>(
            async connection =>
            {
                await connection.Prepared("BEGIN").ExecuteNonQueryAsync();
                await connection.Prepared("INSERT INTO bot_state VALUES ('users/ana', '{}', NULL, 0)").ExecuteNonQueryAsync();
                throw new IOException("The disk went away.");
            },
            transaction: false,
            CancellationToken.None));

        var rows = await session.RunAsync(
            async connection => (long)(await connection.Prepared("SELECT count(*) FROM bot_state").ExecuteScalarAsync())!,
            transaction: false,
            CancellationToken.None);
        Assert.Equal(0, rows);
    }

    [Fact]
    public async Task A_failed_all_or_nothing_change_keeps_none_of_its_statements()
    {
        var session = new SqliteSession(new SqliteStateDatabase(_folder.DatabaseFile));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => session.RunAsync<int>(
            async connection =>
            {
                await connection.Prepared("INSERT INTO bot_state VALUES ('users/ana', '{}', NULL, 0)").ExecuteNonQueryAsync();
                throw new StorageConcurrencyException("users/ben");
            },
            transaction: true,
            CancellationToken.None));

        var rows = await session.RunAsync(
            async connection => (long)(await connection.Prepared("SELECT count(*) FROM bot_state").ExecuteScalarAsync())!,
            transaction: false,
            CancellationToken.None);
        Assert.Equal(0, rows);
    }

    public void Dispose() => _folder.Dispose();
}
