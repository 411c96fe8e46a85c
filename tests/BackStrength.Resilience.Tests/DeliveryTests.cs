using BackStrength.Bot.Turns;
using BackStrength.Resilience.Tests.Support;
using Microsoft.Extensions.Options;

namespace BackStrength.Resilience.Tests;

/// <summary>
/// Channels redeliver activities and people tap twice: each activity is handled once, and two messages of one
/// conversation at the same moment never overwrite each other's changes, on one instance or two sharing a store.
/// </summary>
public sealed class DeliveryTests : IAsyncLifetime
{
    private readonly string _sharedFolder = Directory.CreateTempSubdirectory("backstrength-shared-").FullName;
    private readonly List<BotHost> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_sharedFolder, recursive: true);
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Memory")]
    public async Task The_same_activity_delivered_again_gets_no_replies_and_changes_nothing(string store)
    {
        var host = OneInstance(store);
        var chat = new TestChat(host.CreateClient());
        await AtFeelingPromptAsync(chat);
        var feeling = chat.Submit(Journey.AboutRight);

        Journey.AssertShowsExercise(await chat.ExchangeAsync(feeling), 2);
        var afterFirst = await SavedState.ConversationSnapshotAsync(host.Store, chat);
        var again = await chat.ExchangeAsync(feeling);

        Assert.Equal(0, again.Count);
        Assert.Equal(afterFirst, await SavedState.ConversationSnapshotAsync(host.Store, chat));
        Assert.Equal(1, await SavedState.RecordedStepsAsync(host.Store, chat));
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Memory")]
    public async Task The_same_activity_delivered_several_times_at_once_is_handled_exactly_once(string store)
    {
        var host = OneInstance(store);
        var chat = new TestChat(host.CreateClient());
        await AtFeelingPromptAsync(chat);
        var feeling = chat.Submit(Journey.AboutRight);

        var deliveries = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => chat.ExchangeAsync(feeling)));

        var answered = Assert.Single(deliveries, replies => replies.Count > 0);
        Journey.AssertShowsExercise(answered, 2);
        Assert.Equal(1, await SavedState.RecordedStepsAsync(host.Store, chat));
    }

    [Fact]
    public async Task An_activity_redelivered_to_another_instance_sharing_the_store_is_not_handled_again()
    {
        var first = Host(_sharedFolder);
        var second = Host(_sharedFolder);
        var onFirst = new TestChat(first.CreateClient());
        var onSecond = onFirst.Via(second.CreateClient());
        await AtFeelingPromptAsync(onFirst);
        var feeling = onFirst.Submit(Journey.AboutRight);

        Journey.AssertShowsExercise(await onFirst.ExchangeAsync(feeling), 2);
        var redelivered = await onSecond.ExchangeAsync(feeling);

        Assert.Equal(0, redelivered.Count);
        Assert.Equal(1, await SavedState.RecordedStepsAsync(second.Store, onSecond));
    }

    [Fact]
    public async Task The_same_activity_sent_to_two_instances_at_once_is_handled_exactly_once()
    {
        var first = Host(_sharedFolder);
        var second = Host(_sharedFolder);
        var onFirst = new TestChat(first.CreateClient());
        var onSecond = onFirst.Via(second.CreateClient());
        await AtFeelingPromptAsync(onFirst);
        var feeling = onFirst.Submit(Journey.AboutRight);

        var deliveries = await Task.WhenAll(
            onFirst.ExchangeAsync(feeling), onSecond.ExchangeAsync(feeling), onFirst.ExchangeAsync(feeling), onSecond.ExchangeAsync(feeling));

        Journey.AssertShowsExercise(Assert.Single(deliveries, replies => replies.Count > 0), 2);
        Assert.Equal(1, await SavedState.RecordedStepsAsync(first.Store, onFirst));
    }

    [Theory]
    [InlineData("Sqlite", false)]
    [InlineData("Sqlite", true)]
    [InlineData("Memory", false)]
    public async Task Two_messages_of_one_conversation_at_the_same_moment_never_lose_an_update(string store, bool onTwoInstances)
    {
        var first = store == "Memory" ? OneInstance(store) : Host(_sharedFolder);
        var second = onTwoInstances ? Host(_sharedFolder) : first;
        var chat = new TestChat(first.CreateClient());
        var sameChatElsewhere = chat.Via(second.CreateClient());
        await Journey.ToFirstExerciseAsync(chat);
        var busy = first.Get<IOptions<TurnGateOptions>>().Value.BusyMessage;

        // Each "easier" moves the exercise on screen one level down from wherever the last saved turn left it, so a
        // lost update shows as two answers naming the same easier version.
        var replies = await Task.WhenAll(chat.SayAsync("easier"), sameChatElsewhere.SayAsync("easier"));

        var handled = replies.Where(reply => !reply.Says(busy)).ToList();
        Assert.NotEmpty(handled);
        Assert.All(replies, reply => Assert.True(reply.Count > 0));
        var reference = new TestChat(first.CreateClient());
        await Journey.ToFirstExerciseAsync(reference);
        var expected = new List<Replies>();
        foreach (var _ in handled)
        {
            expected.Add(await reference.SayAsync("easier"));
        }

        Assert.Equal(
            (string?)(await SavedState.ConversationAsync(first.Store, reference))?["CoachingState"]?["CurrentVariationId"],
            (string?)(await SavedState.ConversationAsync(first.Store, chat))?["CoachingState"]?["CurrentVariationId"]);
        Assert.Equal(expected.Select(reply => reply.AllText).Order(), handled.Select(reply => reply.AllText).Order());
    }

    // Memory state is only ever seen by one instance, which keeps the turn claims in process instead of in the store.
    private BotHost OneInstance(string store) =>
        store == "Memory" ? Keep(new BotHost(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" })) : Host();

    private BotHost Keep(BotHost host)
    {
        _hosts.Add(host);
        return host;
    }

    private BotHost Host(string? sqliteFolder = null) => Keep(sqliteFolder is null
        ? new BotHost()
        : new BotHost(new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Folder"] = sqliteFolder }));

    private static async Task AtFeelingPromptAsync(TestChat chat)
    {
        await Journey.ToFirstExerciseAsync(chat);
        Assert.Contains("feeling", (await chat.SayAsync("done")).Actions);
    }
}
