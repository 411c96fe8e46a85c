using BackStrength.DirectLine.Conversations;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.DirectLine.Tests;

public sealed class ConversationStoreTests
{
    private readonly FakeTimeProvider _time = new();
    private readonly ConversationStore _store;

    public ConversationStoreTests()
        => _store = new ConversationStore(TestOptions.Create(o => o.IdleTimeout = TimeSpan.FromMinutes(60)), _time);

    [Fact]
    public void New_conversations_have_distinct_unguessable_ids_and_users()
    {
        var first = _store.Create();
        var second = _store.Create();

        Assert.NotEqual(first.Id, second.Id);
        Assert.NotEqual(first.UserId, second.UserId);
        Assert.True(first.Id.Length >= 32);
        Assert.StartsWith("dl_", first.UserId);
        Assert.Same(first, _store.Find(first.Id));
    }

    [Fact]
    public void A_conversation_idle_past_the_timeout_is_forgotten()
    {
        var idle = _store.Create();
        var active = _store.Create();

        _time.Advance(TimeSpan.FromMinutes(45));
        active.ActivitiesAfter(watermark: null);
        _time.Advance(TimeSpan.FromMinutes(30));

        Assert.Equal(1, _store.RemoveIdle());
        Assert.Null(_store.Find(idle.Id));
        Assert.Same(active, _store.Find(active.Id));
    }

    [Fact]
    public void A_conversation_with_an_open_page_stays_so_proactive_messages_can_reach_it()
    {
        var watched = _store.Create();
        var stream = watched.OpenStream(watermark: null);

        _time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, _store.RemoveIdle());

        watched.CloseStream(stream);
        _time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(1, _store.RemoveIdle());
    }

    [Fact]
    public async Task The_background_cleanup_forgets_idle_conversations_on_its_own()
    {
        var options = TestOptions.Create(o => { o.IdleTimeout = TimeSpan.FromMinutes(60); o.CleanupInterval = TimeSpan.FromMinutes(1); });
        var store = new ConversationStore(options, _time);
        var conversation = store.Create();
        using var cleanup = new IdleConversationCleanup(store, options, _time, Microsoft.Extensions.Logging.Abstractions.NullLogger<IdleConversationCleanup>.Instance);
        await cleanup.StartAsync(CancellationToken.None);

        // Advance minute by minute so each timer tick runs; wait (generously) for the cleanup to act.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (store.Find(conversation.Id) is not null)
        {
            _time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(TimeSpan.FromMilliseconds(20), patience.Token);
        }

        await cleanup.StopAsync(CancellationToken.None);
        Assert.True(_time.GetUtcNow() - conversation.LastUsed >= TimeSpan.FromMinutes(60));
    }
}
