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

    private const int BusyTimeoutMilliseconds = 15_000;

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
            // health answers must not be recoverable from it.
            await ExecuteAsync(
                connection,
                $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;",
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
            await ExecuteAsync(
                connection,
                $"""
                CREATE TABLE IF NOT EXISTS {TableName} (
                    state_key TEXT NOT NULL PRIMARY KEY,
                    document TEXT NOT NULL,
                    etag TEXT NULL,
                    last_write_unix_ms INTEGER NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX IF NOT EXISTS ix_{TableName}_last_write ON {TableName} (last_write_unix_ms);
                """,
                cancellationToken).ConfigureAwait(false);
            _initialised = true;
        }
        finally
        {
            _initialisation.Release();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
