using System.Diagnostics;
using BackStrength.Storage.Serialization;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace BackStrength.Storage.Sqlite;

/// <summary>
/// Bot state in one local SQLite file: the default for a single instance and for <c>dotnet run</c>.
/// A write of several items is all-or-nothing; an eTag check and the write it guards are one SQL statement.
/// </summary>
public sealed partial class SqliteStorage : IStorage, IStateExpiry, IStorageReadiness
{
    // SQLite allows a limited number of parameters per statement; reads of many keys are split into batches.
    private const int KeysPerRead = 500;
    private const string Table = SqliteStateDatabase.TableName;

    private const string UpsertSql = $"""
        INSERT INTO {Table} (state_key, document, etag, last_write_unix_ms) VALUES (@key, @document, @etag, @now)
        ON CONFLICT (state_key) DO UPDATE SET
            document = excluded.document, etag = excluded.etag, last_write_unix_ms = excluded.last_write_unix_ms
        """;

    // Mirrors MemoryStorage: only a stored eTag can reject a write, and a missing row is simply created.
    private const string UpsertIfETagMatchesSql = UpsertSql + $"""

        WHERE {Table}.etag IS NULL OR {Table}.etag = @expectedETag
        """;

    private readonly SqliteStateDatabase _database;

    // One writer at a time within the process (see WithWriterAsync).
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SqliteStorage> _logger;

    /// <param name="databaseFile">The database file; it and its folder are created on first use.</param>
    public SqliteStorage(string databaseFile, TimeProvider timeProvider, ILogger<SqliteStorage> logger)
    {
        _database = new SqliteStateDatabase(databaseFile);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var started = Stopwatch.GetTimestamp();
        var items = new Dictionary<string, object>(keys.Length);
        await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        foreach (var batch in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerRead))
        {
            await using var command = connection.CreateCommand();
            var names = batch.Select((key, index) => command.Parameters.AddWithValue($"@k{index}", key).ParameterName).ToArray();
            command.CommandText = $"SELECT state_key, document, etag FROM {Table} WHERE state_key IN ({string.Join(", ", names)})";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var etag = await reader.IsDBNullAsync(2, cancellationToken).ConfigureAwait(false) ? null : reader.GetString(2);
                items[reader.GetString(0)] = StateSerializer.Deserialize(reader.GetString(1), etag);
            }
        }

        LogRead(keys.Length, items.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return items;
    }

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var started = Stopwatch.GetTimestamp();
        // Serialised before queueing for the writer, so turns do their JSON work side by side and hold the
        // writer only for the SQL.
        var documents = StateDocument.FromChanges(changes);
        await WithWriterAsync(
            async connection =>
            {
                var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
                foreach (var (key, document) in documents)
                {
                    // MemoryStorage treats a null value as absent, which is what deleting the row gives.
                    if (document is null)
                    {
                        await DeleteRowAsync(connection, key, cancellationToken).ConfigureAwait(false);
                    }
                    else if (!await UpsertAsync(connection, key, document, now, cancellationToken).ConfigureAwait(false))
                    {
                        throw new StorageConcurrencyException(key);
                    }
                }

                return documents.Count;
            },
            statements: documents.Count,
            cancellationToken).ConfigureAwait(false);
        LogWrite(changes.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await WithWriterAsync(
            async connection =>
            {
                foreach (var key in keys)
                {
                    await DeleteRowAsync(connection, key, cancellationToken).ConfigureAwait(false);
                }

                return keys.Length;
            },
            statements: keys.Length,
            cancellationToken,
            erases: true).ConfigureAwait(false);
    }

    public async Task<int> PurgeIdleAsync(TimeSpan olderThan, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var cutoff = (_timeProvider.GetUtcNow() - olderThan).ToUnixTimeMilliseconds();
        var purged = await WithWriterAsync(
            async connection =>
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"DELETE FROM {Table} WHERE last_write_unix_ms < @cutoff";
                command.Parameters.AddWithValue("@cutoff", cutoff);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            statements: 1,
            cancellationToken,
            erases: true).ConfigureAwait(false);
        LogPurge(purged, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return purged;
    }

    /// <summary>
    /// Runs a change of one or more <paramref name="statements"/> atomically, as this process's only writer: concurrent
    /// SQLite writers otherwise meet in its busy handler, which sleeps in long steps, so a purge or erasure beside
    /// live turns cost them seconds. A single statement is atomic by itself; wrapping it in BEGIN and COMMIT would
    /// add two statements to most turns' writes.
    /// After a change that <paramref name="erases"/> state, the write-ahead log is folded into the database and
    /// emptied: it still holds the pages as they were before, erased rows included, until SQLite reuses its space.
    /// </summary>
    private async Task<T> WithWriterAsync<T>(Func<SqliteConnection, Task<T>> change, int statements, CancellationToken cancellationToken, bool erases = false)
    {
        await _writer.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            T result;
            if (statements == 1)
            {
                result = await change(connection).ConfigureAwait(false);
            }
            else
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                result = await change(connection).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }

            if (erases)
            {
                // Best effort: while another process reads an older snapshot the log cannot be emptied yet, and the
                // next erasure or SQLite's own checkpoints finish the job.
                await using var checkpoint = connection.CreateCommand();
                checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await checkpoint.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return result;
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<bool> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT 1 FROM {Table} LIMIT 1";
            await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogNotReady(exception.GetType().Name);
            return false;
        }
    }

    private static async Task<bool> UpsertAsync(SqliteConnection connection, string key, StateDocument document, long now, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = UpsertSql;
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@document", document.Json);
        command.Parameters.AddWithValue("@etag", document.IsTracked ? Guid.NewGuid().ToString("N") : DBNull.Value);
        command.Parameters.AddWithValue("@now", now);
        if (document.Condition == ETagCondition.MatchStored)
        {
            command.CommandText = UpsertIfETagMatchesSql;
            command.Parameters.AddWithValue("@expectedETag", (object?)document.ExpectedETag ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task DeleteRowAsync(SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"DELETE FROM {Table} WHERE state_key = @key";
        command.Parameters.AddWithValue("@key", key);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "SQLite storage read {Requested} keys, found {Found}, in {ElapsedMilliseconds:0.0} ms")]
    private partial void LogRead(int requested, int found, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "SQLite storage wrote {Count} items in {ElapsedMilliseconds:0.0} ms")]
    private partial void LogWrite(int count, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite storage purged {Count} idle items in {ElapsedMilliseconds:0.0} ms")]
    private partial void LogPurge(int count, double elapsedMilliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite storage is not ready: {ErrorType}")]
    private partial void LogNotReady(string errorType);
}
