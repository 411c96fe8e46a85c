using Microsoft.Extensions.Logging;

namespace BackStrength.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database file (a checkpoint) on a connection of its own. SQLite's
/// automatic checkpoint runs inside whichever commit crosses its threshold and syncs the files to disk there, while
/// the storage's one connection (<see cref="SqliteSession"/>) is held: every turn waiting for the connection waited
/// for the disk too. So the connections leave it off and <see cref="SqliteStorage"/> reports its writes here.
/// </summary>
internal sealed partial class SqliteCheckpoints(SqliteStateDatabase database, SqliteSession session, ILogger logger)
{
    /// <summary>
    /// Writes between checkpoints. One write changes two to four pages, so this is near SQLite's own default of
    /// 1000 pages: the log stays a few megabytes.
    /// </summary>
    public const int WritesPerCheckpoint = 300;

    // One checkpoint at a time: SQLite refuses a second one while the first runs, and an erasure's must complete.
    private readonly SemaphoreSlim _checkpointing = new(1, 1);
    private int _writesSinceCheckpoint;

    /// <summary>Counts a committed write; every <see cref="WritesPerCheckpoint"/> writes, starts a checkpoint that nobody waits for.</summary>
    public void AfterWrite()
    {
        if (Interlocked.Increment(ref _writesSinceCheckpoint) < WritesPerCheckpoint || !_checkpointing.Wait(0))
        {
            return;
        }

        Interlocked.Exchange(ref _writesSinceCheckpoint, 0);
        _ = Task.Run(async () =>
        {
            try
            {
                await CheckpointAsync().ConfigureAwait(false);
            }
            catch (Exception error)
            {
                // The log only grows until a later checkpoint succeeds; the turns are not affected.
                LogCheckpointFailed(error.GetType().Name);
            }
            finally
            {
                _checkpointing.Release();
            }
        });
    }

    /// <summary>
    /// Copies the whole log into the database and empties it, after an erasure: the log still holds the pages as they
    /// were before, erased rows included. Best effort: while another process reads an older snapshot the log cannot be
    /// emptied yet, and the next erasure or checkpoint finishes the job. It runs on the session's connection: it holds
    /// off writers while it works, and run elsewhere it would keep the session's writes waiting in SQLite's busy
    /// handler, which sleeps in long steps.
    /// </summary>
    public async Task TruncateAsync(CancellationToken cancellationToken)
    {
        await _checkpointing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await session.RunAsync(
                async connection => await connection.Prepared("PRAGMA wal_checkpoint(TRUNCATE);").ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false),
                transaction: false,
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _checkpointing.Release();
        }
    }

    /// <summary>
    /// Copies the log in two steps. The first copies all of it that is committed, on a connection of its own, while
    /// turns go on writing. A log is only started afresh once everything in it has been copied, and under steady load
    /// turns always write more while the first step runs, so the log would grow for as long as the load lasts. The
    /// second step copies that little remainder while the session holds new writes back.
    /// </summary>
    internal async Task CheckpointAsync()
    {
        await using (var connection = await database.OpenAsync(CancellationToken.None).ConfigureAwait(false))
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await session.RunAsync(
            async connection => await connection.Prepared("PRAGMA wal_checkpoint(PASSIVE);").ExecuteNonQueryAsync().ConfigureAwait(false),
            transaction: false,
            CancellationToken.None).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite storage could not copy its log into the database: {ErrorType}")]
    private partial void LogCheckpointFailed(string errorType);
}
