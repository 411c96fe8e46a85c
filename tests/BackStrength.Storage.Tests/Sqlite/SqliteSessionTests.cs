using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Support;

namespace BackStrength.Storage.Tests.Sqlite;

/// <summary>The storage's one kept connection: a change that fails half-way must not poison the calls after it.</summary>
public sealed class SqliteSessionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private readonly SqliteSession _session;

    public SqliteSessionTests()
    {
        _session = new SqliteSession(new SqliteStateDatabase(_folder.DatabaseFile));
    }

    [Fact]
    public async Task A_change_that_fails_half_way_leaves_nothing_behind_for_the_next_call()
    {
        // A statement of its own left the connection inside a transaction when the failure came.
        await FailAfterInsertingAsync(new IOException("The disk went away."), transaction: false, opensItsOwn: true);

        Assert.Equal(0, await RowsAsync());
    }

    [Fact]
    public async Task A_failed_all_or_nothing_change_keeps_none_of_its_statements()
    {
        await FailAfterInsertingAsync(new StorageConcurrencyException("users/ben"), transaction: true, opensItsOwn: false);

        Assert.Equal(0, await RowsAsync());
    }

    public void Dispose() => _folder.Dispose();

    private async Task FailAfterInsertingAsync<TError>(TError error, bool transaction, bool opensItsOwn)
        where TError : Exception
    {
        await Assert.ThrowsAsync<TError>(() => _session.RunAsync<int>(
            async connection =>
            {
                if (opensItsOwn)
                {
                    await connection.Prepared("BEGIN").ExecuteNonQueryAsync();
                }

                await connection.Prepared("INSERT INTO bot_state VALUES ('users/ana', '{}', NULL, 0)").ExecuteNonQueryAsync();
                throw error;
            },
            transaction,
            CancellationToken.None));
    }

    private Task<long> RowsAsync() => _session.RunAsync(
        async connection => (long)(await connection.Prepared("SELECT count(*) FROM bot_state").ExecuteScalarAsync())!,
        transaction: false,
        CancellationToken.None);
}
