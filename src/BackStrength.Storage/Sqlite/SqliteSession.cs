using Microsoft.Data.Sqlite;

namespace BackStrength.Storage.Sqlite;

/// <summary>
/// The one connection a <see cref="SqliteStorage"/> works through, taken in turn by its reads and writes, with each
/// of its fixed statements compiled once. Pooled connections each kept their own page cache, which every write
/// through another of them made stale, and compiled every statement again on every call. One writer at a time also
/// keeps concurrent writers of this process out of SQLite's busy handler, which sleeps in long steps: a purge or
/// erasure beside live turns cost them seconds. Other processes sharing the file still wait in it, as before.
/// </summary>
internal sealed class SqliteSession(SqliteStateDatabase database)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private readonly Dictionary<string, SqliteCommand> _prepared = new(StringComparer.Ordinal);
    private SqliteConnection? _connection;
    private SqliteTransaction? _transaction;

    /// <summary>Runs <paramref name="work"/> alone on the connection; with a <paramref name="transaction"/> it is all-or-nothing.</summary>
    public async Task<T> RunAsync<T>(Func<SqliteSession, Task<T>> work, bool transaction, CancellationToken cancellationToken)
    {
        await _turn.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _connection ??= await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (!transaction)
            {
                return await work(this).ConfigureAwait(false);
            }

            _transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await work(this).ConfigureAwait(false);
            await _transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (Exception error) when (error is not StorageConcurrencyException)
        {
            // After a fault (a full disk, a file removed underneath) the next call starts from a fresh connection.
            await ForgetConnectionAsync().ConfigureAwait(false);
            throw;
        }
        finally
        {
            if (_transaction is not null)
            {
                // Rolls back whatever a failed change had done; a no-op after the commit.
                await _transaction.DisposeAsync().ConfigureAwait(false);
                _transaction = null;
            }

            _turn.Release();
        }
    }

    /// <summary>A statement whose text never changes, compiled on first use and kept, with its parameters cleared.</summary>
    public SqliteCommand Prepared(string sql)
    {
        if (!_prepared.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _prepared.Add(sql, command);
        }

        command.Transaction = _transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>A statement used once, such as a read of a varying number of keys.</summary>
    public SqliteCommand OneOff(string sql)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = _transaction;
        return command;
    }

    private SqliteConnection Connection => _connection ?? throw new InvalidOperationException("The session's connection is only open inside RunAsync.");

    private async Task ForgetConnectionAsync()
    {
        foreach (var command in _prepared.Values)
        {
            await command.DisposeAsync().ConfigureAwait(false);
        }

        _prepared.Clear();
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync().ConfigureAwait(false);
            _transaction = null;
        }

        if (_connection is not null)
        {
            // Closed for good rather than pooled: the pool would hand out the same native connection again, still
            // inside whatever the failed call had begun.
            SqliteConnection.ClearPool(_connection);
            await _connection.DisposeAsync().ConfigureAwait(false);
            _connection = null;
        }
    }
}
