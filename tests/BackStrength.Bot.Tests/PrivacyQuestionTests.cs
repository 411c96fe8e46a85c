using BackStrength.Bot.Tests.Support;
using BackStrength.Storage.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Tests;

/// <summary>
/// "What do you keep about me?" and "does my employer see this?", asked wherever the person is. A bot that employers
/// deploy for health coaching must answer this plainly; it used to say "I'm not sure what you mean".
/// </summary>
public sealed class PrivacyQuestionTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("what data do you keep about me")]
    [InlineData("is my data shared with my employer?")]
    [InlineData("can my boss see what I tell you")]
    public async Task Before_anything_started_the_answer_says_what_is_kept_and_how_to_begin(string question)
    {
        var chat = new SdkChat(host);
        var texts = Texts.Of(host);

        var replies = await chat.SayAsync(question);

        Assert.Equal([texts.AboutNextStep], replies.Skip(1).Select(reply => reply.Text));
        Assert.Contains("forget me", replies[0].Text, StringComparison.Ordinal);
        Assert.Contains("employer", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_answer_gives_the_deployments_own_retention_period()
    {
        var days = (int)host.Services.GetRequiredService<IOptions<StorageOptions>>().Value.IdleStateExpiry.TotalDays;

        var replies = await new SdkChat(host).SayAsync("how long do you keep my info?");

        Assert.Contains($"untouched for {days} days", replies[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task At_the_safety_check_it_answers_then_asks_the_check_again_and_the_check_carries_on()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        (await chat.SayAsync("yes")).Single(CardKind.SafetyCheck);

        var replies = await chat.SayAsync("who can see my answers?");

        Assert.Contains("forget me", replies[0].Text, StringComparison.Ordinal);
        Assert.True(replies.Mention(Texts.Of(host).AskSafetyCheck), $"The safety check was not asked again: {replies}");
        (await chat.SayAsync("none of these")).Single(CardKind.Assessment);
    }

    [Fact]
    public async Task Past_surgery_at_the_safety_check_gets_pointed_to_a_clinician_and_the_check_again()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");

        var replies = await chat.SayAsync("I had back surgery 2 years ago, is that ok?");

        Assert.Equal(Texts.Of(host).OutOfScope, replies[0].Text);
        Assert.True(replies.Mention(Texts.Of(host).AskSafetyCheck), $"The safety check was not asked again: {replies}");
    }
}
