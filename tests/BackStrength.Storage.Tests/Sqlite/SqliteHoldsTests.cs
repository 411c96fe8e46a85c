using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Storage.Tests.Sqlite;

/// <summary>The SQLite file's conversation holds go the way of idle state: nothing about a quiet chat stays for good.</summary>
public sealed class SqliteHoldsTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task The_hold_of_a_conversation_idle_past_the_purge_age_is_purged_with_its_state()
    {
        var storage = new SqliteStorage(_folder.DatabaseFile, _clock, NullLogger<SqliteStorage>.Instance);
        await LetGoAfterOneTurnAsync(storage, "webchat/conversations/quiet");
        _clock.Advance(TimeSpan.FromDays(31));
        await LetGoAfterOneTurnAsync(storage, "webchat/conversations/active");

        await storage.PurgeIdleAsync(TimeSpan.FromDays(30), CancellationToken.None);

        Assert.Equal(["webchat/conversations/active"], await HeldConversationsAsync());
    }

    public void Dispose() => _folder.Dispose();

    private async Task LetGoAfterOneTurnAsync(SqliteStorage storage, string conversation)
    {
        var hold = new ConversationHold(conversation, "instance-1", "a1", _clock.GetUtcNow().AddSeconds(30));
        Assert.Equal(HoldOutcome.Taken, (await storage.TryTakeAsync(hold, _clock.GetUtcNow(), CancellationToken.None)).Outcome);
        await storage.LetGoAsync(hold, ["a1"], _clock.GetUtcNow(), CancellationToken.None);
    }

    private async Task<List<string>> HeldConversationsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_folder.DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_key FROM turn_holds";
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
