using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// "How often should I do these?" gets the rhythm the summary already recommends. Before, it got "that's not something
/// I can answer", and "can I do it every day" got "I'm not sure what you mean".
/// </summary>
public sealed class HowOftenTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("how often should i do these")]
    [InlineData("can i do it every day")]
    public async Task After_the_summary_the_rhythm_is_answered(string question)
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);
        await Sessions.CompleteAsync(chat, await chat.TapAsync(plan, "Start"), _ => chat.SayAsync("done"), _ => chat.SayAsync("about right"));

        var replies = await chat.SayAsync(question);

        Assert.Equal(Texts.Of(host).HowOften, replies[0].Text);
    }

    [Fact]
    public async Task At_an_exercise_the_rhythm_is_answered_and_the_exercise_carries_on()
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync("how many times a week should I do this?");

        Assert.Equal(Texts.Of(host).HowOften, replies[0].Text);
        (await chat.SayAsync("done")).Single(CardKind.Feeling);
    }
}
