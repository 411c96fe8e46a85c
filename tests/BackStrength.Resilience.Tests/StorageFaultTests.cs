using System.Net;
using BackStrength.Resilience.Tests.Support;

namespace BackStrength.Resilience.Tests;

/// <summary>The state store fails under the bot (injected under the app's own fault handling, around the real SQLite store).</summary>
public sealed class StorageFaultTests : IAsyncLifetime
{
    private readonly BotHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task With_the_store_unreachable_the_person_gets_the_apology_and_carries_on_where_they_were_once_it_is_back()
    {
        var chat = new TestChat(_host.CreateClient());
        await Journey.ToFirstExerciseAsync(chat);
        var before = await SavedState.ConversationSnapshotAsync(_host.Store, chat);

        _host.Faults.Break();
        var duringOutage = await chat.SayAsync("done");
        _host.Faults.Repair();

        Assert.Equal(Journey.Texts(_host.Services).StorageApology, Assert.Single(duringOutage.Messages).Text);
        Assert.True(_host.Faults.InjectedFailures > 0);
        Assert.Equal(before, await SavedState.ConversationSnapshotAsync(_host.Store, chat));
        Assert.Contains("feeling", (await chat.SayAsync("done")).Actions);
        Journey.AssertShowsExercise(await chat.SubmitAsync(Journey.AboutRight), 2);
    }

    [Fact]
    public async Task A_slow_turn_whose_caller_stopped_waiting_still_saves_the_answer()
    {
        var chat = new TestChat(_host.CreateClient());
        await Journey.ToFirstExerciseAsync(chat);
        var held = _host.Faults.HoldNextWriteOf(key => key == chat.ConversationStateKey);
        var hungUp = _host.HangUps.NextRequestHungUp();

        // The channel gives up on the request while the turn is saving (Web Chat waits 20 s, Azure's channel 15 s).
        using var caller = new CancellationTokenSource();
        var request = chat.PostAsync(chat.Message("done"), caller.Token);
        await held.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));
        await caller.CancelAsync();
        // Once the host has seen the hang-up, whatever it does with that, the turn must finish.
        await hungUp.WaitAsync(TimeSpan.FromSeconds(60));
        held.Released.SetResult();
        await Task.WhenAny(request);

        // "Done" was saved: the next answer is taken as how the exercise felt, and the session moves on.
        Journey.AssertShowsExercise(await chat.SubmitAsync(Journey.AboutRight), 2);
    }

    [Fact]
    public async Task A_turn_cut_off_by_a_restart_keeps_where_the_person_was()
    {
        var folder = Directory.CreateTempSubdirectory("backstrength-restart-");
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Folder"] = folder.FullName };
        try
        {
            var before = new BotHost(settings);
            var chat = new TestChat(before.CreateClient());
            await Journey.ToFirstExerciseAsync(chat);
            var held = before.Faults.HoldNextWriteOf(key => key == chat.ConversationStateKey);
            var request = chat.PostAsync(chat.Message("done"));
            var turn = await held.Reached.Task.WaitAsync(TimeSpan.FromSeconds(60));

            // The instance is stopped (a deployment, a scale-in) while the turn is saving.
            var stopping = before.DisposeAsync().AsTask();
            var stopped = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            using (turn.Register(stopped.SetResult))
            {
                await stopped.Task.WaitAsync(TimeSpan.FromSeconds(60));
            }

            held.Released.SetResult();
            await Task.WhenAny(request);
            await stopping;

            // The next instance finds the exercise still on screen, not a conversation reset by the interruption.
            await using var after = new BotHost(settings);
            Assert.Contains("feeling", (await chat.Via(after.CreateClient()).SayAsync("done")).Actions);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task When_saving_the_answer_fails_mid_turn_nothing_half_done_is_kept_and_the_answer_can_be_given_again()
    {
        var chat = new TestChat(_host.CreateClient());
        await Journey.ToFirstExerciseAsync(chat);
        var before = await SavedState.ConversationSnapshotAsync(_host.Store, chat);

        // The turn itself runs (its one-turn-at-a-time record is stored fine); only saving the conversation fails.
        _host.Faults.BreakWhere(key => key == chat.ConversationStateKey);
        var duringOutage = await chat.SayAsync("done");
        _host.Faults.Repair();

        Assert.Contains(Journey.Texts(_host.Services).StorageApology, duringOutage.Messages.Select(message => message.Text));
        Assert.Equal(before, await SavedState.ConversationSnapshotAsync(_host.Store, chat));
        Assert.Equal(0, await SavedState.SessionIndexAsync(_host.Store, chat));
        Assert.Contains("feeling", (await chat.SayAsync("done")).Actions);
        Journey.AssertShowsExercise(await chat.SubmitAsync(Journey.AboutRight), 2);
    }

    [Fact]
    public async Task Readiness_probe_answers_503_while_the_store_is_unreachable_and_200_once_it_is_back()
    {
        var client = _host.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        _host.Faults.Break();
        var duringOutage = (await client.GetAsync("/readyz")).StatusCode;
        var liveness = (await client.GetAsync("/healthz")).StatusCode;
        _host.Faults.Repair();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, duringOutage);
        Assert.Equal(HttpStatusCode.OK, liveness);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }
}
