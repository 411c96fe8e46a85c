using BackStrength.DirectLine.Conversations;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.DirectLine.Tests;

public sealed class DirectLineConversationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private static DirectLineConversation Create(int maxHistory = 500)
        => new("conversation-a", "dl_user-a", maxHistory, new FakeTimeProvider());

    private static Activity Message(string text) => new(ActivityTypes.Message) { Text = text };

    [Fact]
    public void Each_activity_gets_its_own_id_and_the_watermark_points_past_it()
    {
        var conversation = Create();

        var first = conversation.Append(Message("one"));
        var second = conversation.Append(Message("two"));

        Assert.NotEqual(first, second);
        Assert.StartsWith("conversation-a|", first);
        var all = conversation.ActivitiesAfter(watermark: null);
        Assert.Equal(["one", "two"], all.Activities.Select(a => a.Text));
        Assert.Empty(conversation.ActivitiesAfter(all.Watermark).Activities);
    }

    [Fact]
    public void Reading_from_a_watermark_returns_only_what_came_after_it()
    {
        var conversation = Create();
        conversation.Append(Message("one"));
        var seen = conversation.ActivitiesAfter(watermark: null).Watermark;

        conversation.Append(Message("two"));
        conversation.Append(Message("three"));

        Assert.Equal(["two", "three"], conversation.ActivitiesAfter(seen).Activities.Select(a => a.Text));
    }

    [Fact]
    public void History_keeps_only_the_most_recent_activities()
    {
        var conversation = Create(maxHistory: 3);

        foreach (var text in new[] { "one", "two", "three", "four", "five" })
        {
            conversation.Append(Message(text));
        }

        var kept = conversation.ActivitiesAfter(watermark: null);
        Assert.Equal(["three", "four", "five"], kept.Activities.Select(a => a.Text));
        Assert.Equal("5", kept.Watermark);
    }

    [Fact]
    public async Task A_stream_first_catches_up_from_its_watermark_then_receives_new_activities()
    {
        var conversation = Create();
        conversation.Append(Message("one"));
        var seen = conversation.ActivitiesAfter(watermark: null).Watermark;
        conversation.Append(Message("two"));

        var stream = conversation.OpenStream(seen);
        conversation.Append(Message("three"));

        using var timeout = new CancellationTokenSource(Patience);
        var backlog = await stream.ReadAsync(timeout.Token);
        var live = await stream.ReadAsync(timeout.Token);
        Assert.Equal(["two"], backlog.Activities.Select(a => a.Text));
        Assert.Equal(["three"], live.Activities.Select(a => a.Text));
        Assert.Equal("3", live.Watermark);
    }

    [Fact]
    public void An_updated_activity_keeps_its_id_and_is_delivered_again()
    {
        var conversation = Create();
        var id = conversation.Append(Message("Loading your plan"));
        var seen = conversation.ActivitiesAfter(watermark: null).Watermark;

        Assert.True(conversation.Replace(id, Message("Here is your plan")));

        var update = Assert.Single(conversation.ActivitiesAfter(seen).Activities);
        Assert.Equal((id, "Here is your plan"), (update.Id, update.Text));
        Assert.Single(conversation.ActivitiesAfter(watermark: null).Activities);
    }

    [Fact]
    public void A_deleted_activity_is_no_longer_served()
    {
        var conversation = Create();
        var id = conversation.Append(Message("oops"));

        Assert.True(conversation.Delete(id));

        Assert.Empty(conversation.ActivitiesAfter(watermark: null).Activities);
        Assert.False(conversation.Delete(id));
    }
}
