using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace BackStrength.Storage.Sqlite;

/// <summary>
/// Conversation holds in their own table: taking one is a single conditional upsert and letting go a single
/// conditional update, where holds kept as state records cost a read and two writes of a JSON document per message.
/// </summary>
public sealed partial class SqliteStorage : IConversationHolds
{
    private const string Holds = SqliteStateDatabase.HoldsTableName;

    // Taken only if the stored hold has run out (a let-go hold has run out at once); the row comes back when taken.
    private const string TakeHoldSql = $"""
        INSERT INTO {Holds} (conversation_key, holder, in_progress, held_until_unix_ms, handled, last_write_unix_ms)
        VALUES (@key, @holder, @activity, @heldUntil, '[]', @now)
        ON CONFLICT (conversation_key) DO UPDATE SET
            holder = excluded.holder, in_progress = excluded.in_progress,
            held_until_unix_ms = excluded.held_until_unix_ms, last_write_unix_ms = excluded.last_write_unix_ms
        WHERE {Holds}.held_until_unix_ms <= @now
        RETURNING handled
        """;

    private const string LookAtHoldSql = $"SELECT in_progress, held_until_unix_ms, handled FROM {Holds} WHERE conversation_key = @key";

    // Only while the hold is still this holder's: after it ran out another turn may have taken the conversation.
    private const string LetGoSql = $"""
        UPDATE {Holds} SET holder = NULL, in_progress = NULL, held_until_unix_ms = 0,
            handled = @handled, last_write_unix_ms = @now
        WHERE conversation_key = @key AND holder = @holder AND in_progress IS @activity
        """;

    public async Task<HoldAttempt> TryTakeAsync(ConversationHold hold, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        var found = await _session.RunAsync(
            async session =>
            {
                var take = session.Prepared(TakeHoldSql);
                AddHold(take, hold, now);
                take.Parameters.AddWithValue("@heldUntil", hold.HeldUntil.ToUnixTimeMilliseconds());
                if (await take.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string handled)
                {
                    return new StoredHold(Taken: true, handled, InProgress: null, DateTimeOffset.MinValue);
                }

                var look = session.Prepared(LookAtHoldSql);
                look.Parameters.AddWithValue("@key", hold.ConversationKey);
                await using var reader = await look.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                // A row purged by another instance between the two statements is simply held no more: the next try takes it.
                return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                    ? new StoredHold(
                        Taken: false,
                        reader.GetString(2),
                        await reader.IsDBNullAsync(0, cancellationToken).ConfigureAwait(false) ? null : reader.GetString(0),
                        DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(1)))
                    : new StoredHold(Taken: false, "[]", InProgress: null, DateTimeOffset.MinValue);
            },
            transaction: false,
            cancellationToken).ConfigureAwait(false);
        if (found.Taken)
        {
            _checkpoints.AfterWrite();
        }

        var handledIds = JsonSerializer.Deserialize<List<string>>(found.Handled) ?? [];
        if (HoldAttempt.IsRedelivery(hold.ActivityId, handledIds, found.InProgress, found.HeldUntil, now))
        {
            if (found.Taken)
            {
                await LetGoAsync(hold, handledIds, now, cancellationToken).ConfigureAwait(false);
            }

            return HoldAttempt.AlreadyHandled;
        }

        return found.Taken ? HoldAttempt.Taken(handledIds) : HoldAttempt.HeldByAnother;
    }

    public async Task LetGoAsync(ConversationHold hold, IReadOnlyList<string> handled, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        await _session.RunAsync(
            async session =>
            {
                var letGo = session.Prepared(LetGoSql);
                AddHold(letGo, hold, now);
                letGo.Parameters.AddWithValue("@handled", JsonSerializer.Serialize(handled));
                return await letGo.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            },
            transaction: false,
            cancellationToken).ConfigureAwait(false);
        _checkpoints.AfterWrite();
    }

    private static void AddHold(SqliteCommand command, ConversationHold hold, DateTimeOffset now)
    {
        command.Parameters.AddWithValue("@key", hold.ConversationKey);
        command.Parameters.AddWithValue("@holder", hold.Holder);
        command.Parameters.AddWithValue("@activity", (object?)hold.ActivityId ?? DBNull.Value);
        command.Parameters.AddWithValue("@now", now.ToUnixTimeMilliseconds());
    }

    /// <summary>A hold's row as a take attempt left it.</summary>
    private sealed record StoredHold(bool Taken, string Handled, string? InProgress, DateTimeOffset HeldUntil);
}
