using Microsoft.Data.Sqlite;

namespace BackStrength.Benchmarks.Load;

/// <summary>
/// How big each person's and each conversation's saved state is, read from the SQLite store after a run: the
/// UTF-8 length of the user-state rows (<c>&lt;channel&gt;/users/&lt;id&gt;</c>) and of the conversation-state rows
/// (<c>&lt;channel&gt;/conversations/&lt;id&gt;</c>, without the keys other parts keep beside them).
/// </summary>
public static class StoredStateSizes
{
    private const string DatabaseFileName = "backstrength.db";

    public static async Task<StateSizes> ReadAsync(string folder, string channelId, CancellationToken cancellationToken)
    {
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(folder, DatabaseFileName),
            // Read-write so SQLite can replay the write-ahead log the killed bot left behind; nothing is written.
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
        }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return new StateSizes(
            await SizesAsync(connection, $"{channelId}/users/", cancellationToken),
            await SizesAsync(connection, $"{channelId}/conversations/", cancellationToken));
    }

    private static async Task<ByteSizes> SizesAsync(SqliteConnection connection, string keyPrefix, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        // A state row's key is the prefix and an id; anything after a further '/' belongs to something else.
        command.CommandText = """
            SELECT length(CAST(document AS BLOB)) FROM bot_state
            WHERE substr(state_key, 1, length(@prefix)) = @prefix AND instr(substr(state_key, length(@prefix) + 1), '/') = 0
            """;
        command.Parameters.AddWithValue("@prefix", keyPrefix);
        var sizes = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            sizes.Add(reader.GetInt64(0));
        }

        sizes.Sort();
        return new ByteSizes(sizes.Count, sizes.Count == 0 ? 0 : sizes[sizes.Count / 2], sizes.Count == 0 ? 0 : sizes[^1]);
    }
}

public sealed record StateSizes(ByteSizes PerUser, ByteSizes PerConversation);

/// <summary>Median and largest of several stored rows, in bytes.</summary>
public sealed record ByteSizes(int Rows, long MedianBytes, long LargestBytes);
