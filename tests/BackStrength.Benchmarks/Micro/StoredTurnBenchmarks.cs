using BackStrength.Storage;
using BackStrength.Storage.Memory;
using BackStrength.Storage.Sqlite;
using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace BackStrength.Benchmarks.Micro;

/// <summary>
/// The storage work of one message on SQLite, as the bot does it: take the conversation's hold, read the conversation
/// and the person, write the conversation back, let go. Beside it the same reads and write in memory (whose turns
/// need no stored hold), so the difference is what the SQLite file costs a message. Documents the size of a
/// coaching conversation (about 2.4 KB) and a person (about 2.1 KB) over 64 conversations.
/// </summary>
public class StoredTurnBenchmarks
{
    private const int Conversations = 64;

    private readonly JObject _conversation = Document(2400);
    private readonly JObject _person = Document(2100);
    private DirectoryInfo _folder = null!;
    private SqliteStorage _sqlite = null!;
    private InMemoryStorage _memory = null!;
    private int _turn;

    [GlobalSetup]
    public async Task CreateStores()
    {
        _folder = Directory.CreateTempSubdirectory("backstrength-benchmark-");
        _sqlite = new SqliteStorage(Path.Combine(_folder.FullName, "backstrength.db"), TimeProvider.System, NullLogger<SqliteStorage>.Instance);
        _memory = new InMemoryStorage(TimeProvider.System);
        for (var i = 0; i < Conversations; i++)
        {
            await SqliteTurn();
            await MemoryTurn();
        }
    }

    [GlobalCleanup]
    public void RemoveFiles()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Benchmark]
    public async Task SqliteTurn()
    {
        var (conversation, person, activity) = Next();
        var now = DateTimeOffset.UtcNow;
        var hold = new ConversationHold(conversation, "benchmark", activity, now.AddSeconds(30));
        var taken = await _sqlite.TryTakeAsync(hold, now, CancellationToken.None);
        await ReadAndWriteAsync(_sqlite, conversation, person);
        await _sqlite.LetGoAsync(hold, [.. taken.Handled.Append(activity).TakeLast(10)], DateTimeOffset.UtcNow, CancellationToken.None);
    }

    [Benchmark(Baseline = true)]
    public async Task MemoryTurn()
    {
        var (conversation, person, _) = Next();
        await ReadAndWriteAsync(_memory, conversation, person);
    }

    private async Task ReadAndWriteAsync(Microsoft.Bot.Builder.IStorage storage, string conversation, string person)
    {
        await storage.ReadAsync([conversation]);
        await storage.ReadAsync([person]);
        await storage.WriteAsync(new Dictionary<string, object> { [conversation] = _conversation });
    }

    private (string Conversation, string Person, string Activity) Next()
    {
        var turn = Interlocked.Increment(ref _turn);
        var who = turn % Conversations;
        return ($"webchat/conversations/c{who}", $"webchat/users/u{who}", $"a{turn}");
    }

    private static JObject Document(int characters) => new() { ["state"] = new string('x', characters) };
}
