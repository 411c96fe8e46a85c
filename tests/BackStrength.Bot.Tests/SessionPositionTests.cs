using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// "How many left?" and "what's next?" mid-session say where the person is before the plan card. Before, only the plan
/// card came, which lists every exercise but not which one is on screen (2 of the 26 held-out first-time messages).
/// </summary>
public sealed class SessionPositionTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("how many left?")]
    [InlineData("whats next")]
    public async Task At_the_first_exercise_the_reply_says_which_one_and_what_comes_next(string question)
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync(question);

        Assert.StartsWith("You're on exercise 1 of ", replies[0].Text);
        Assert.Contains("Next up: the ", replies[0].Text);
        replies.Single(CardKind.Plan);
    }

    [Fact]
    public async Task After_one_exercise_the_count_moves_on_and_the_session_carries_on()
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);
        await chat.SayAsync("done, about right");

        var replies = await chat.SayAsync("how many more to go");

        Assert.StartsWith("You're on exercise 2 of ", replies[0].Text);
        (await chat.SayAsync("done")).Single(CardKind.Feeling);
    }

    [Fact]
    public async Task At_the_plan_before_starting_only_the_plan_card_comes()
    {
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);

        var replies = await chat.SayAsync("how many left?");

        Assert.DoesNotContain(replies, reply => reply.Text.StartsWith("You're on", StringComparison.Ordinal));
        replies.Single(CardKind.Plan);
    }
}
