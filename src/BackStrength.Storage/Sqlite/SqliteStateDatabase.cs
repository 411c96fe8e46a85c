using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace BackStrength.Storage.Sqlite;

/// <summary>
/// The single SQLite file that holds bot state: creates it (and its folder) on first use and hands out connections
/// configured so a killed process loses nothing it reported as written and parallel writers wait instead of failing.
/// </summary>
internal sealed class SqliteStateDatabase
{
    public const string TableName = "bot_state";

    /// <summary>Who holds each conversation's turn, and the activities it handled (see <see cref="SqliteStorage.TryTakeAsync"/>).</summary>
    public const string HoldsTableName = "turn_holds";

    private const int BusyTimeoutMilliseconds = 15_000;

    private const string Columns = """
        state_key TEXT NOT NULL PRIMARY KEY,
        document TEXT NOT NULL,
        etag TEXT NULL,
        last_write_unix_ms INTEGER NOT NULL
        """;

    // No index on the last write: only the idle purge looks at it, and one row per conversation is quick to scan.
    private const string CreateHoldsSql = $"""
        CREATE TABLE IF NOT EXISTS {HoldsTableName} (
            conversation_key TEXT NOT NULL PRIMARY KEY,
            holder TEXT NULL,
            in_progress TEXT NULL,
            held_until_unix_ms INTEGER NOT NULL,
            handled TEXT NOT NULL,
            last_write_unix_ms INTEGER NOT NULL
        );
        """;

    private const string CreateIndexSql = $"CREATE INDEX IF NOT EXISTS ix_{TableName}_last_write ON {TableName} (last_write_unix_ms);";

    private readonly string _connectionString;
    private readonly string _databaseFile;
    private readonly SemaphoreSlim _initialisation = new(1, 1);

    // The pool hands the same native connection out again and again, and its settings stay with it: configure each
    // one once rather than with an extra statement on every storage call.
    private static readonly object Configured = new();
    private readonly ConditionalWeakTable<object, object> _configured = new();
    private volatile bool _initialised;

    public SqliteStateDatabase(string databaseFile)
    {
        _databaseFile = Path.GetFullPath(databaseFile);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _databaseFile,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        return await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenConfiguredAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var handle = connection.Handle!;
            if (_configured.TryGetValue(handle, out _))
            {
                return connection;
            }

            // In WAL mode NORMAL keeps every commit through a killed process (only a power cut can lose the last
            // ones) without an fsync per turn; busy_timeout queues writers from other processes. secure_delete zeroes
            // the space a deleted or rewritten row leaves, which SQLite otherwise keeps readable in the file: erased
            // health answers must not be recoverable from it. Checkpoints run apart from commits (SqliteCheckpoints).
            await ExecuteAsync(
                connection,
                $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON; PRAGMA wal_autocheckpoint = 0;",
                cancellationToken).ConfigureAwait(false);
            _configured.AddOrUpdate(handle, Configured);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (_initialised)
        {
            return;
        }

        await _initialisation.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_initialised)
            {
                return;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(_databaseFile)!);
            await using var connection = await OpenConfiguredAsync(cancellationToken).ConfigureAwait(false);

            // WAL lets readers work while a write is in progress and is remembered by the file itself.
            await ExecuteAsync(connection, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, $"CREATE TABLE IF NOT EXISTS {TableName} ({Columns}); {CreateIndexSql} {CreateHoldsSql}", cancellationToken).ConfigureAwait(false);
            await MoveOutOfWithoutRowIdTableAsync(connection, cancellationToken).ConfigureAwait(false);
            _initialised = true;
        }
        finally
        {
            _initialisation.Release();
        }
    }

    /// <summary>
    /// Earlier versions kept state in a WITHOUT ROWID table. Such a table keeps only about 1 KB of a row in its page
    /// and chains the rest of a 2–3 KB document through overflow pages, which every read follows and every write
    /// frees (zeroing them, for secure_delete) and allocates again: about twice the work of an ordinary table, which
    /// keeps documents up to about 4 KB in the page. A file of that layout is copied into the ordinary one, once.
    /// </summary>
    private static async Task MoveOutOfWithoutRowIdTableAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        // IMMEDIATE takes the write lock before looking, so two instances starting together move the rows once.
        await ExecuteAsync(connection, "BEGIN IMMEDIATE;", cancellationToken).ConfigureAwait(false);
        try
        {
            await using var layout = connection.CreateCommand();
            layout.CommandText = $"SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = '{TableName}'";
            if (await layout.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string definition
                && definition.Contains("WITHOUT ROWID", StringComparison.OrdinalIgnoreCase))
            {
                await ExecuteAsync(
                    connection,
                    $"""
                    CREATE TABLE {TableName}_moving ({Columns});
                    INSERT INTO {TableName}_moving (state_key, document, etag, last_write_unix_ms)
                        SELECT state_key, document, etag, last_write_unix_ms FROM {TableName};
                    DROP TABLE {TableName};
                    ALTER TABLE {TableName}_moving RENAME TO {TableName};
                    {CreateIndexSql}
                    """,
                    cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, "COMMIT;", cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await ExecuteAsync(connection, "ROLLBACK;", CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
