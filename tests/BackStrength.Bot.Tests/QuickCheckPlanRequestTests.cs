using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// A returning person who asks for the plan at the quick check ("just plan it") is told what it still needs, the pain now
/// and the minutes, and offered last time's minutes, never last time's pain.
/// </summary>
/// <remarks>
/// Live before the fix: 0 of 3 ("plan today's session", "just plan it", "make me a plan" each got "your plan comes as soon
/// as we've finished these questions, in about a minute", which speaks of the full check-in, says nothing of the minutes, and
/// was followed by the pain question's retry line). After: 3 of 3, and 2 of 2 new wordings ("can you just make the plan",
/// "plan pls"); at the time question "just plan it" asks only for the minutes.
/// </remarks>
public sealed class QuickCheckPlanRequestTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("plan today's session")]
    [InlineData("just plan it")]
    [InlineData("make me a plan")]
    [InlineData("can you just make the plan")]
    [InlineData("plan pls")]
    public async Task Asking_for_the_plan_at_the_quick_check_says_what_it_still_needs(string said)
    {
        var later = await AtQuickCheckAsync();

        var replies = await later.SayAsync(said);

        Assert.True(replies.Mention("how much back pain") && replies.Mention("how many minutes"), $"\"{said}\" got: {replies}");
        Assert.True(replies.Mention("same time as last time"), $"\"{said}\" got: {replies}");
        Assert.False(replies.Mention("these questions") || replies.Has(CardKind.Plan), $"\"{said}\" got: {replies}");
    }

    [Fact]
    public async Task With_the_pain_given_asking_for_the_plan_asks_only_for_the_minutes_and_offers_last_times()
    {
        var later = await AtQuickCheckAsync();
        await later.SayAsync("2");

        var replies = await later.SayAsync("just plan it");

        Assert.True(replies.Mention("how many minutes") && !replies.Mention("how much back pain"), replies.ToString());
        Assert.True(replies.Mention("same as last time"), replies.ToString());
        var plan = await later.SayAsync("same as last time");
        plan.Single(CardKind.Plan);
    }

    private async Task<Chat> AtQuickCheckAsync() => await Journey.BackAtQuickCheckAsync(new SdkChat(host));
}
