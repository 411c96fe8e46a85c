using Azure.Storage.Blobs;
using BackStrength.Resilience.Tests.Support;
using BackStrength.Storage.Blobs;
using BackStrength.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackStrength.Resilience.Tests;

/// <summary>
/// The built bot as real processes: killed mid-session and restarted, or two instances behind a load balancer
/// sharing one store. The conversation carries on where it was either way.
/// </summary>
public sealed class ProcessTests
{
    [Fact]
    public async Task A_bot_killed_mid_session_and_restarted_continues_where_the_person_was_with_their_session_intact()
    {
        var folder = Directory.CreateTempSubdirectory("backstrength-restart-").FullName;
        try
        {
            var environment = new Dictionary<string, string> { ["Storage__Provider"] = "Sqlite", ["Storage__Sqlite__Folder"] = folder };
            TestChat chat;
            await using (var beforeCrash = await BotProcess.StartAsync(environment))
            {
                chat = new TestChat(beforeCrash.Client);
                await Journey.ToFirstExerciseAsync(chat);
                await Journey.FinishExerciseAsync(chat, nextNumber: 2);
                await beforeCrash.KillAsync();
            }

            await using var afterRestart = await BotProcess.StartAsync(environment);
            var resumed = chat.Via(afterRestart.Client);
            Assert.Contains("feeling", (await resumed.SayAsync("done")).Actions);
            Journey.AssertShowsExercise(await resumed.SubmitAsync(Journey.AboutRight), 3);
            await afterRestart.KillAsync();

            var store = new SqliteStorage(Path.Combine(folder, "backstrength.db"), TimeProvider.System, NullLogger<SqliteStorage>.Instance);
            Assert.Equal(2, await SavedState.RecordedStepsAsync(store, chat));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_conversation_started_on_one_instance_continues_mid_dialog_on_another_sharing_blob_storage()
    {
        await using var azurite = new Azurite();
        await azurite.StartAsync();
        var environment = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "AzureBlob",
            ["Storage__AzureBlob__ConnectionString"] = azurite.ConnectionString,
        };
        await using var first = await BotProcess.StartAsync(environment);
        await using var second = await BotProcess.StartAsync(environment);
        var onFirst = new TestChat(first.Client);
        var onSecond = onFirst.Via(second.Client);

        await Journey.ToAssessmentAsync(onFirst);
        Assert.Contains("startSession", (await onSecond.SubmitAsync(Journey.Assessment)).Actions);
        Journey.AssertShowsExercise(await onFirst.SubmitAsync(new { action = "startSession" }), 1);
        Assert.Contains("feeling", (await onSecond.SayAsync("done")).Actions);
        Journey.AssertShowsExercise(await onFirst.SubmitAsync(Journey.AboutRight), 2);
        Assert.Contains("feeling", (await onSecond.SayAsync("done")).Actions);
        Journey.AssertShowsExercise(await onSecond.SubmitAsync(Journey.AboutRight), 3);

        var store = new BlobsStorage(new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient("bot-state"), TimeProvider.System, NullLogger<BlobsStorage>.Instance);
        Assert.Equal(2, await SavedState.RecordedStepsAsync(store, onFirst));
    }
}
