using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Support;

namespace BackStrength.Storage.Tests.Sqlite;

/// <summary>
/// The storage's one kept connection: used by one call at a time however many turns call at once, each call getting
/// its own outcome even when another caller runs it, and a change that fails half-way must not poison the calls after it.
/// </summary>
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

    [Fact]
    public async Task Calls_made_at_once_run_one_at_a_time_and_each_gets_its_own_answer()
    {
        var running = 0;
        var overlapped = false;

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(caller => Task.Run(() => _session.RunAsync(
            async connection =>
            {
                overlapped |= Interlocked.Increment(ref running) > 1;
                var command = connection.Prepared("SELECT @caller * 2");
                command.Parameters.AddWithValue("@caller", caller);
                var answer = (long)(await command.ExecuteScalarAsync())!;
                Interlocked.Decrement(ref running);
                return answer;
            },
            transaction: false,
            CancellationToken.None))));

        Assert.False(overlapped);
        Assert.Equal(Enumerable.Range(0, 200).Select(caller => caller * 2L), answers);
    }

    [Fact]
    public async Task A_failed_call_fails_only_its_caller_and_the_next_call_works()
    {
        var failed = _session.RunAsync(connection => connection.Prepared("SELECT * FROM no_such_table").ExecuteNonQueryAsync(), transaction: false, CancellationToken.None);
        var next = _session.RunAsync(async connection => await connection.Prepared("SELECT 7").ExecuteScalarAsync(), transaction: false, CancellationToken.None);

        await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => failed);
        Assert.Equal(7L, await next);
    }

    [Fact]
    public async Task A_call_cancelled_before_its_turn_does_not_run()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var ran = false;

        var call = _session.RunAsync(
            _ =>
            {
                ran = true;
                return Task.FromResult(0);
            },
            transaction: false,
            cancelled.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.False(ran);
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
