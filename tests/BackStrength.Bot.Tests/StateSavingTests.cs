using BackStrength.Bot.State;
using BackStrength.Bot.Tests.Support;
using BackStrength.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Tests;

/// <summary>
/// The bot's conversation and user state save what a turn changed, and only that, as the SDK's BotState does:
/// whether a state changed is told by its stored text rather than by the SDK's hashing.
/// </summary>
public sealed class StateSavingTests(BotHost host) : IClassFixture<BotHost>
{
    private const string ConversationKey = "test/conversations/conversation-1";

    private readonly FaultyStorage _store = new(new InMemoryStorage(TimeProvider.System));

    [Fact]
    public async Task A_turn_that_only_reads_the_state_writes_nothing()
    {
        await TurnAsync(async (state, turn) => (await Notes(state).GetAsync(turn, () => [])).Add("stiff after meetings"));

        await TurnAsync(async (state, turn) => Assert.Equal(["stiff after meetings"], await Notes(state).GetAsync(turn, () => [])));

        Assert.Equal([ConversationKey], _store.WrittenKeys);
    }

    [Fact]
    public async Task A_change_deep_inside_a_stored_value_is_saved()
    {
        await TurnAsync(async (state, turn) => (await Notes(state).GetAsync(turn, () => [])).Add("stiff after meetings"));

        await TurnAsync(async (state, turn) => (await Notes(state).GetAsync(turn, () => []))[0] = "better after walking");

        await TurnAsync(async (state, turn) => Assert.Equal(["better after walking"], await Notes(state).GetAsync(turn, () => [])));
        Assert.Equal([ConversationKey, ConversationKey], _store.WrittenKeys);
    }

    [Fact]
    public async Task A_new_conversation_whose_state_stays_empty_is_not_stored()
    {
        await TurnAsync((_, _) => Task.CompletedTask);

        Assert.Empty(_store.WrittenKeys);
        Assert.Empty(await _store.ReadAsync([ConversationKey]));
    }

    [Fact]
    public async Task Saving_twice_after_one_change_writes_once()
    {
        await TurnAsync(
            async (state, turn) =>
            {
                (await Notes(state).GetAsync(turn, () => [])).Add("stiff after meetings");
                await state.SaveChangesAsync(turn);
            });

        Assert.Equal([ConversationKey], _store.WrittenKeys);
    }

    [Fact]
    public async Task Cleared_state_is_saved_even_though_it_is_empty_and_forced_saves_always_write()
    {
        await TurnAsync(async (state, turn) => (await Notes(state).GetAsync(turn, () => [])).Add("stiff after meetings"));

        await TurnAsync((state, turn) => state.ClearStateAsync(turn));
        await TurnAsync((state, turn) => state.SaveChangesAsync(turn, force: true));

        var stored = Assert.IsAssignableFrom<IDictionary<string, object>>((await _store.ReadAsync([ConversationKey]))[ConversationKey]);
        Assert.DoesNotContain("Notes", stored.Keys);
        Assert.Equal([ConversationKey, ConversationKey, ConversationKey], _store.WrittenKeys);
    }

    [Fact]
    public async Task After_a_session_asking_for_progress_leaves_the_persons_saved_profile_unwritten()
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);
        await Sessions.CompleteAsync(chat, await chat.TapAsync(plan, "Start"), _ => chat.SayAsync("done"), _ => chat.SayAsync("about right"));
        var personKey = $"{chat.ChannelId}/users/{chat.UserId}";
        var writesBefore = host.Storage.WrittenKeys.Count(key => key == personKey);

        (await chat.SayAsync("how have I been doing?")).Single(CardKind.Progress);

        Assert.True(writesBefore > 0, "The finished session was never saved to the person's profile.");
        Assert.Equal(writesBefore, host.Storage.WrittenKeys.Count(key => key == personKey));
    }

    private static IStatePropertyAccessor<List<string>> Notes(BotState state) => state.CreateProperty<List<string>>("Notes");

    /// <summary>One turn: loads the conversation state, runs <paramref name="work"/>, saves what changed.</summary>
    private async Task TurnAsync(Func<BotState, ITurnContext, Task> work)
    {
        var state = new ChangeCheckedConversationState(_store);
        var adapter = new TestAdapter();
        using var turn = new TurnContext(adapter, new Activity(ActivityTypes.Message)
        {
            ChannelId = "test",
            Conversation = new ConversationAccount(id: "conversation-1"),
            From = new ChannelAccount("person"),
            Recipient = new ChannelAccount("bot"),
        });
        await state.LoadAsync(turn);
        await work(state, turn);
        await state.SaveChangesAsync(turn);
    }
}
