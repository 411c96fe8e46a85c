using System.Text;
using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace BackStrength.Storage.Tests.Sqlite;

/// <summary>
/// State that "forget me" or the idle expiry deletes is gone from the files on disk, not just from query results:
/// someone who copies the database (a backup, a support bundle) must not find a person's erased answers in it.
/// </summary>
public sealed class SqliteErasureTests : IDisposable
{
    private const string ErasedAnswer = "pain 8 of 10, spreads below the left knee";
    private const string KeptAnswer = "pain 2 of 10, no spreading";

    private readonly TemporaryFolder _folder = new();
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly SqliteStorage _storage;

    public SqliteErasureTests()
    {
        _storage = new SqliteStorage(_folder.DatabaseFile, _clock, NullLogger<SqliteStorage>.Instance);
    }

    [Fact]
    public async Task A_deleted_person_leaves_no_readable_trace_in_the_database_or_its_log_while_the_bot_runs()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["users/erased"] = Answers(ErasedAnswer), ["users/kept"] = Answers(KeptAnswer) });
        Assert.Contains(ErasedAnswer, FilesOnDisk());

        await _storage.DeleteAsync(["users/erased"]);

        var onDisk = FilesOnDisk();
        Assert.DoesNotContain(ErasedAnswer, onDisk);
        Assert.Contains(KeptAnswer, onDisk);
    }

    [Fact]
    public async Task State_purged_as_idle_leaves_no_readable_trace_in_the_database_or_its_log()
    {
        await _storage.WriteAsync(new Dictionary<string, object> { ["users/idle"] = Answers(ErasedAnswer) });
        _clock.Advance(TimeSpan.FromDays(31));
        await _storage.WriteAsync(new Dictionary<string, object> { ["users/active"] = Answers(KeptAnswer) });

        Assert.Equal(1, await _storage.PurgeIdleAsync(TimeSpan.FromDays(30), CancellationToken.None));

        var onDisk = FilesOnDisk();
        Assert.DoesNotContain(ErasedAnswer, onDisk);
        Assert.Contains(KeptAnswer, onDisk);
    }

    public void Dispose() => _folder.Dispose();

    private static JObject Answers(string painAnswer) => new() { ["painAnswer"] = painAnswer };

    /// <summary>The database file and its write-ahead log as raw text, read as a copy taken now would be.</summary>
    private string FilesOnDisk()
    {
        var text = new StringBuilder();
        foreach (var file in new[] { _folder.DatabaseFile, _folder.DatabaseFile + "-wal" }.Where(File.Exists))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }
}
