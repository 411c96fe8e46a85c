using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace BackStrength.Storage.Tests.Contract;

/// <summary>
/// The behaviour every IStorage the bot can run on must share, written against the SDK's MemoryStorage as the
/// reference and run unchanged against each provider we ship.
/// </summary>
public abstract class StorageContractTests
{
    protected abstract IStorage Storage { get; }

    /// <summary>Whether <paramref name="exception"/> is this provider's rejection of a stale eTag for <paramref name="key"/>.</summary>
    protected virtual bool IsStaleETagRejection(Exception exception, string key) =>
        exception is StorageConcurrencyException rejection && rejection.Key == key && rejection.Message.Contains(key, StringComparison.Ordinal);

    [Fact]
    public async Task Bot_state_saved_in_one_turn_is_there_in_later_turns()
    {
        var startedAt = new DateTimeOffset(2026, 11, 25, 9, 30, 0, TimeSpan.FromHours(1));
        await RunTurnAsync(async (turn, conversation, user) =>
        {
            await conversation.SetAsync(turn, new SessionProgress { CurrentExercise = "bird-dog", SetsCompleted = 2, StartedAt = startedAt, CompletedExercises = ["cat-cow"] });
            await user.SetAsync(turn, new UserPreferences { PreferredTime = "10:30", SessionLength = TimeSpan.FromMinutes(7), PainRatingsByDay = { ["2026-11-24"] = 4 } });
        });

        await RunTurnAsync(async (turn, conversation, user) =>
        {
            var progress = await conversation.GetAsync(turn, () => new SessionProgress());
            progress.SetsCompleted++;
            progress.CompletedExercises.Add("bird-dog");
            var preferences = await user.GetAsync(turn, () => new UserPreferences());
            preferences.PainRatingsByDay["2026-11-25"] = 3;
        });

        await RunTurnAsync(async (turn, conversation, user) =>
        {
            var progress = await conversation.GetAsync(turn, () => new SessionProgress());
            Assert.Equal("bird-dog", progress.CurrentExercise);
            Assert.Equal(3, progress.SetsCompleted);
            Assert.Equal(startedAt, progress.StartedAt);
            Assert.Equal(["cat-cow", "bird-dog"], progress.CompletedExercises);

            var preferences = await user.GetAsync(turn, () => new UserPreferences());
            Assert.Equal("10:30", preferences.PreferredTime);
            Assert.Equal(TimeSpan.FromMinutes(7), preferences.SessionLength);
            Assert.Equal(new Dictionary<string, int> { ["2026-11-24"] = 4, ["2026-11-25"] = 3 }, preferences.PainRatingsByDay);
        });
    }

    [Fact]
    public async Task Reading_many_keys_returns_exactly_the_stored_ones()
    {
        var stored = Enumerable.Range(0, 40).ToDictionary(i => $"user-{i}", i => (object)new ExerciseLog { Exercise = "plank", Repetitions = i });
        await Storage.WriteAsync(stored);

        var items = await Storage.ReadAsync([.. stored.Keys, "never-written-1", "never-written-2"]);

        Assert.Equal(stored.Keys.Order(), items.Keys.Order());
        Assert.All(items, item => Assert.Equal(int.Parse(item.Key["user-".Length..], System.Globalization.CultureInfo.InvariantCulture), ((ExerciseLog)item.Value).Repetitions));
    }

    [Fact]
    public async Task Reading_only_missing_keys_returns_nothing()
    {
        Assert.Empty(await Storage.ReadAsync(["nobody/here", "nor-here"]));
    }

    [Fact]
    public async Task A_new_item_without_an_etag_is_created_and_given_one()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge", Repetitions = 8 }));

        var stored = await ReadLogAsync("log");

        Assert.Equal(("bridge", 8), (stored.Exercise, stored.Repetitions));
        Assert.False(string.IsNullOrEmpty(stored.ETag));
    }

    [Fact]
    public async Task Every_successful_write_produces_a_new_etag()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge", Repetitions = 8 }));
        var first = await ReadLogAsync("log");

        first.Repetitions = 10;
        await Storage.WriteAsync(Change("log", first));
        var second = await ReadLogAsync("log");

        Assert.Equal(10, second.Repetitions);
        Assert.NotEqual(first.ETag, second.ETag);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_rejected_and_leaves_the_newer_value()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge", Repetitions = 8 }));
        var read = await ReadLogAsync("log");
        var staleETag = read.ETag;
        await Storage.WriteAsync(Change("log", new ExerciseLog { ETag = staleETag, Exercise = "bridge", Repetitions = 9 }));

        var rejection = await Record.ExceptionAsync(() =>
            Storage.WriteAsync(Change("log", new ExerciseLog { ETag = staleETag, Exercise = "bridge", Repetitions = 1 })));

        Assert.NotNull(rejection);
        Assert.True(IsStaleETagRejection(rejection, "log"), $"Unexpected exception: {rejection}");
        Assert.Equal(9, (await ReadLogAsync("log")).Repetitions);
    }

    [Fact]
    public async Task An_item_without_an_etag_cannot_replace_an_item_that_has_one()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge", Repetitions = 8 }));

        var rejection = await Record.ExceptionAsync(() =>
            Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "plank", Repetitions = 1 })));

        Assert.NotNull(rejection);
        Assert.True(IsStaleETagRejection(rejection, "log"), $"Unexpected exception: {rejection}");
        Assert.Equal("bridge", (await ReadLogAsync("log")).Exercise);
    }

    [Fact]
    public async Task The_wildcard_etag_overwrites_whatever_is_stored()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge", Repetitions = 8 }));
        var before = await ReadLogAsync("log");

        await Storage.WriteAsync(Change("log", new ExerciseLog { ETag = "*", Exercise = "plank", Repetitions = 3 }));
        var after = await ReadLogAsync("log");

        Assert.Equal(("plank", 3), (after.Exercise, after.Repetitions));
        Assert.NotEqual(before.ETag, after.ETag);
    }

    [Fact]
    public async Task A_value_that_carries_no_etag_overwrites_the_stored_value()
    {
        await Storage.WriteAsync(Change("state", new Dictionary<string, object> { ["step"] = "warm-up" }));

        await Storage.WriteAsync(Change("state", new Dictionary<string, object> { ["step"] = "cool-down" }));

        var stored = Assert.IsType<Dictionary<string, object>>((await Storage.ReadAsync(["state"]))["state"]);
        Assert.Equal("cool-down", stored["step"]);
    }

    [Fact]
    public async Task An_item_whose_key_is_gone_is_created_whatever_its_etag()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge" }));
        var read = await ReadLogAsync("log");
        await Storage.DeleteAsync(["log"]);

        read.Exercise = "plank";
        await Storage.WriteAsync(Change("log", read));

        Assert.Equal("plank", (await ReadLogAsync("log")).Exercise);
    }

    [Fact]
    public async Task An_item_with_an_etag_replaces_a_value_that_carries_none()
    {
        await Storage.WriteAsync(Change("log", new Dictionary<string, object> { ["step"] = "warm-up" }));

        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "plank" }));

        var log = await ReadLogAsync("log");
        Assert.Equal("plank", log.Exercise);
        Assert.False(string.IsNullOrEmpty(log.ETag));
    }

    [Fact]
    public async Task Of_two_writers_holding_the_same_etag_exactly_one_wins()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge", Repetitions = 0 }));
        var first = await ReadLogAsync("log");
        var second = await ReadLogAsync("log");
        first.Repetitions = 1;
        second.Repetitions = 2;

        var outcomes = await Task.WhenAll(
            Task.Run(() => Record.ExceptionAsync(() => Storage.WriteAsync(Change("log", first)))),
            Task.Run(() => Record.ExceptionAsync(() => Storage.WriteAsync(Change("log", second)))));

        var winner = Assert.Single(outcomes.Select((exception, index) => (exception, repetitions: index + 1)), outcome => outcome.exception is null);
        var loser = Assert.Single(outcomes, exception => exception is not null);
        Assert.True(IsStaleETagRejection(loser!, "log"), $"Unexpected exception: {loser}");
        Assert.Equal(winner.repetitions, (await ReadLogAsync("log")).Repetitions);
    }

    [Fact]
    public async Task Deleting_is_idempotent_and_leaves_other_keys_alone()
    {
        await Storage.WriteAsync(new Dictionary<string, object>
        {
            ["forget-me"] = new ExerciseLog { Exercise = "bridge" },
            ["keep-me"] = new ExerciseLog { Exercise = "plank" },
        });

        await Storage.DeleteAsync(["forget-me"]);
        await Storage.DeleteAsync(["forget-me", "never-written"]);

        var items = await Storage.ReadAsync(["forget-me", "keep-me"]);
        Assert.Equal(["keep-me"], items.Keys);
    }

    [Fact]
    public async Task A_deleted_key_can_be_written_again_from_scratch()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge" }));
        await Storage.DeleteAsync(["log"]);

        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "plank" }));

        Assert.Equal("plank", (await ReadLogAsync("log")).Exercise);
    }

    [Fact]
    public async Task Writing_null_makes_the_key_absent()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge" }));

        await Storage.WriteAsync(new Dictionary<string, object> { ["log"] = null! });

        Assert.Empty(await Storage.ReadAsync(["log"]));
    }

    public static TheoryData<string> OddKeys => new()
    {
        "msteams/conversations/19:abc@thread.tacv2;messageid=1/",
        "webchat/users/first last",
        "emoji 🙂 and ünïcödé 日本語",
        "../../etc/passwd",
        "back\\slash",
        "query?a=1&b=%20#fragment",
        "trailing dot.",
        "trailing slash/",
        "CaseSensitive",
        string.Concat(Enumerable.Repeat("long/key ", 40)),
        new string('é', 1500),
    };

    [Theory]
    [MemberData(nameof(OddKeys))]
    public async Task Keys_with_odd_characters_and_great_length_round_trip(string key)
    {
        await Storage.WriteAsync(Change(key, new ExerciseLog { Exercise = key }));

        Assert.Equal(key, (await ReadLogAsync(key)).Exercise);

        await Storage.DeleteAsync([key]);
        Assert.Empty(await Storage.ReadAsync([key]));
    }

    [Fact]
    public async Task Keys_that_differ_only_by_case_or_escaping_stay_separate()
    {
        string[] keys = ["casesensitive", "CaseSensitive", "a/b", "a%2Fb", "a~2Fb", "a b", "a+b", "a.b", "a_b",
            new string('x', 1100) + "1", new string('x', 1100) + "2"];
        await Storage.WriteAsync(keys.ToDictionary(key => key, key => (object)new ExerciseLog { Exercise = key }));

        var items = await Storage.ReadAsync(keys);

        Assert.Equal(keys.Length, items.Count);
        Assert.All(keys, key => Assert.Equal(key, ((ExerciseLog)items[key]).Exercise));
    }

    protected static Dictionary<string, object> Change(string key, object value) => new() { [key] = value };

    protected async Task<ExerciseLog> ReadLogAsync(string key)
    {
        var items = await Storage.ReadAsync([key]);
        Assert.True(items.TryGetValue(key, out var value), $"'{key}' was not found.");
        return Assert.IsType<ExerciseLog>(value);
    }

    /// <summary>Runs one bot turn with fresh state objects, saving both states at its end as the bot does.</summary>
    private async Task RunTurnAsync(Func<ITurnContext, IStatePropertyAccessor<SessionProgress>, IStatePropertyAccessor<UserPreferences>, Task> turnLogic)
    {
        var conversationState = new ConversationState(Storage);
        var userState = new UserState(Storage);
        var activity = new Activity(ActivityTypes.Message)
        {
            ChannelId = "msteams",
            Conversation = new ConversationAccount(id: "19:meeting/with slash"),
            From = new ChannelAccount(id: "29:user one"),
            Recipient = new ChannelAccount(id: "28:backstrength"),
            Text = "done",
        };
        using var turn = new TurnContext(new TestAdapter(), activity);

        await turnLogic(turn, conversationState.CreateProperty<SessionProgress>("progress"), userState.CreateProperty<UserPreferences>("preferences"));

        await conversationState.SaveChangesAsync(turn);
        await userState.SaveChangesAsync(turn);
    }
}
