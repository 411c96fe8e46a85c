using System.Text;
using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace BackStrength.Storage.Tests.Sqlite;

/// <summary>
/// Commits no longer copy the write-ahead log into the database file themselves; a checkpoint on a connection of its
/// own does. Without it the log would grow for as long as the bot runs, and a copy of the database file alone (a
/// backup that leaves out the log) would miss everything written since it started.
/// </summary>
public sealed class SqliteCheckpointTests : IDisposable
{
    private const string FirstAnswer = "pain 4 of 10, stiff after long meetings";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task What_the_bot_writes_reaches_the_database_file_itself_and_not_only_its_log()
    {
        var storage = new SqliteStorage(_folder.DatabaseFile, TimeProvider.System, NullLogger<SqliteStorage>.Instance);
        await storage.WriteAsync(new Dictionary<string, object> { ["users/first"] = new JObject { ["painAnswer"] = FirstAnswer } });
        for (var person = 0; person < SqliteCheckpoints.WritesPerCheckpoint; person++)
        {
            await storage.WriteAsync(new Dictionary<string, object> { [$"users/{person}"] = new JObject { ["painAnswer"] = "pain 1 of 10" } });
        }

        // The checkpoint runs in the background: wait for it, generously, on a busy machine.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!DatabaseFileContains(FirstAnswer))
        {
            Assert.True(waited.Elapsed < Patience, $"The first answer was still only in the log after {Patience.TotalSeconds} s.");
            await Task.Delay(20);
        }

        Assert.Equal(FirstAnswer, ((JObject)(await storage.ReadAsync(["users/first"]))["users/first"])["painAnswer"]!.Value<string>());
    }

    [Fact]
    public async Task A_checkpoint_taken_while_turns_keep_writing_still_lets_the_log_start_again_from_the_top()
    {
        var session = new SqliteSession(new SqliteStateDatabase(_folder.DatabaseFile));
        var checkpoints = new SqliteCheckpoints(new SqliteStateDatabase(_folder.DatabaseFile), session, NullLogger.Instance);
        var written = 0;
        async Task WriteAsync() => await session.RunAsync(
            async connection =>
            {
                var insert = connection.Prepared("INSERT INTO bot_state VALUES (@key, '{\"painAnswer\": \"pain 2 of 10\"}', NULL, 0)");
                insert.Parameters.AddWithValue("@key", $"users/{Interlocked.Increment(ref written)}");
                return await insert.ExecuteNonQueryAsync();
            },
            transaction: false,
            CancellationToken.None);

        // Turns go on writing while the checkpoint copies the log, as they do under load.
        using var stop = new CancellationTokenSource();
        var turns = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await WriteAsync();
            }
        });
        while (Volatile.Read(ref written) < 1000)
        {
            await Task.Delay(5);
        }

        await checkpoints.CheckpointAsync();
        await stop.CancelAsync();
        await turns;

        // Each write adds at least one page to the log; once it starts again from the top they go over old ones.
        var logBytes = new FileInfo(_folder.DatabaseFile + "-wal").Length;
        for (var person = 0; person < 20; person++)
        {
            await WriteAsync();
        }

        Assert.Equal(logBytes, new FileInfo(_folder.DatabaseFile + "-wal").Length);
    }

    public void Dispose() => _folder.Dispose();

    private bool DatabaseFileContains(string text)
    {
        using var stream = new FileStream(_folder.DatabaseFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream, Encoding.Latin1);
        return reader.ReadToEnd().Contains(text, StringComparison.Ordinal);
    }
}
