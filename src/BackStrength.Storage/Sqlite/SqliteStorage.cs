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
public sealed partial class SqliteStorage : IStorage, IStoredTextWriter, IStateExpiry, IStorageReadiness
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

    private const string ReadOneSql = $"SELECT state_key, document, etag FROM {Table} WHERE state_key = @k0";

    private readonly SqliteStateDatabase _database;
    private readonly SqliteSession _session;
    private readonly SqliteCheckpoints _checkpoints;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<SqliteStorage> _logger;

    /// <param name="databaseFile">The database file; it and its folder are created on first use.</param>
    public SqliteStorage(string databaseFile, TimeProvider timeProvider, ILogger<SqliteStorage> logger)
    {
        _database = new SqliteStateDatabase(databaseFile);
        _session = new SqliteSession(_database);
        _checkpoints = new SqliteCheckpoints(_database, _session, logger);
        _timeProvider = timeProvider;
        _logger = logger;
    }

    public async Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var started = Stopwatch.GetTimestamp();
        var rows = await _session.RunAsync(
            async session =>
            {
                var found = new List<(string Key, string Json, string? ETag)>(keys.Length);
                foreach (var batch in keys.Distinct(StringComparer.Ordinal).Chunk(KeysPerRead))
                {
                    await ReadRowsAsync(session, batch, found, cancellationToken).ConfigureAwait(false);
                }

                return found;
            },
            transaction: false,
            cancellationToken).ConfigureAwait(false);

        // Parsed after the connection is free for the next turn.
        var items = new Dictionary<string, object>(rows.Count);
        foreach (var (key, json, etag) in rows)
        {
            items[key] = StateSerializer.Deserialize(json, etag);
        }

        LogRead(keys.Length, items.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return items;
    }

    public Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        // Serialised before queueing for the writer, so turns do their JSON work side by side and hold the
        // writer only for the SQL.
        return WriteDocumentsAsync(StateDocument.FromChanges(changes), cancellationToken);
    }

    public Task WriteTextAsync(string key, object value, string text, CancellationToken cancellationToken) =>
        WriteDocumentsAsync([(key, StateDocument.From(value, text))], cancellationToken);

    private async Task WriteDocumentsAsync(List<(string Key, StateDocument? Document)> documents, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await WithWriterAsync(
            async session =>
            {
                var now = _timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
                foreach (var (key, document) in documents)
                {
                    // MemoryStorage treats a null value as absent, which is what deleting the row gives.
                    if (document is null)
                    {
                        await DeleteRowAsync(session, key, cancellationToken).ConfigureAwait(false);
                    }
                    else if (!await UpsertAsync(session, key, document, now, cancellationToken).ConfigureAwait(false))
                    {
                        throw new StorageConcurrencyException(key);
                    }
                }

                return documents.Count;
            },
            statements: documents.Count,
            cancellationToken).ConfigureAwait(false);
        LogWrite(documents.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public async Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await WithWriterAsync(
            async session =>
            {
                foreach (var key in keys)
                {
                    await DeleteRowAsync(session, key, cancellationToken).ConfigureAwait(false);
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
            async session =>
            {
                var holds = session.Prepared($"DELETE FROM {Holds} WHERE last_write_unix_ms < @cutoff");
                holds.Parameters.AddWithValue("@cutoff", cutoff);
                await holds.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                var command = session.Prepared($"DELETE FROM {Table} WHERE last_write_unix_ms < @cutoff");
                command.Parameters.AddWithValue("@cutoff", cutoff);
                return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            statements: 2,
            cancellationToken,
            erases: true).ConfigureAwait(false);
        LogPurge(purged, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return purged;
    }

    /// <summary>
    /// Runs a change of one or more <paramref name="statements"/> atomically, on the session's connection. A single
    /// statement is atomic by itself; wrapping it in BEGIN and COMMIT would add two statements to most turns' writes.
    /// After a change that <paramref name="erases"/> state, the write-ahead log is folded into the database and
    /// emptied (<see cref="SqliteCheckpoints.TruncateAsync"/>).
    /// </summary>
    private async Task<T> WithWriterAsync<T>(Func<SqliteSession, Task<T>> change, int statements, CancellationToken cancellationToken, bool erases = false)
    {
        var result = await _session.RunAsync(change, transaction: statements != 1, cancellationToken).ConfigureAwait(false);
        _checkpoints.AfterWrite();
        if (erases)
        {
            await _checkpoints.TruncateAsync(cancellationToken).ConfigureAwait(false);
        }

        return result;
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

    private static async Task ReadRowsAsync(SqliteSession session, string[] keys, List<(string Key, string Json, string? ETag)> found, CancellationToken cancellationToken)
    {
        // A turn reads its keys one at a time; only those reads use the kept, compiled statement.
        var command = keys.Length == 1
            ? session.Prepared(ReadOneSql)
            : session.OneOff($"SELECT state_key, document, etag FROM {Table} WHERE state_key IN ({string.Join(", ", keys.Select((_, index) => $"@k{index}"))})");
        try
        {
            for (var index = 0; index < keys.Length; index++)
            {
                command.Parameters.AddWithValue($"@k{index}", keys[index]);
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                found.Add((reader.GetString(0), reader.GetString(1), await reader.IsDBNullAsync(2, cancellationToken).ConfigureAwait(false) ? null : reader.GetString(2)));
            }
        }
        finally
        {
            if (keys.Length > 1)
            {
                await command.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task<bool> UpsertAsync(SqliteSession session, string key, StateDocument document, long now, CancellationToken cancellationToken)
    {
        var command = session.Prepared(document.Condition == ETagCondition.MatchStored ? UpsertIfETagMatchesSql : UpsertSql);
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@document", document.Json);
        command.Parameters.AddWithValue("@etag", document.IsTracked ? Guid.NewGuid().ToString("N") : DBNull.Value);
        command.Parameters.AddWithValue("@now", now);
        if (document.Condition == ETagCondition.MatchStored)
        {
            command.Parameters.AddWithValue("@expectedETag", (object?)document.ExpectedETag ?? DBNull.Value);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private static async Task DeleteRowAsync(SqliteSession session, string key, CancellationToken cancellationToken)
    {
        var command = session.Prepared($"DELETE FROM {Table} WHERE state_key = @key");
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
