using BackStrength.Bot.Tests.Support;
using BackStrength.Bot.State;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>The whole journey, from the welcome to the saved summary, typed and tapped, over both channels.</summary>
public sealed class JourneyTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [MemberData(nameof(Channel.Both), MemberType = typeof(Channel))]
    public async Task Typed_answers_take_a_first_time_user_from_welcome_to_a_saved_summary(string via)
    {
        var chat = Channel.Open(host, via);
        (await chat.JoinAsync()).Single(CardKind.Welcome);

        var disclaimer = await chat.SayAsync("start");
        disclaimer.Single(CardKind.Disclaimer);
        var safety = await chat.SayAsync("yes");
        safety.Single(CardKind.SafetyCheck);
        var assessment = await chat.SayAsync("no");
        Assert.Contains("how much pain", assessment.Single(CardKind.Assessment).Text, StringComparison.OrdinalIgnoreCase);
        Assert.True((await chat.SayAsync("3")).Mention("below the knee"));
        Assert.True((await chat.SayAsync("no")).Mention("used to exercise"));
        Assert.True((await chat.SayAsync("some experience")).Mention("floor"));
        Assert.True((await chat.SayAsync("yes")).Mention("kneeling"));
        Assert.True((await chat.SayAsync("yes")).Mention("to hand"));
        Assert.True((await chat.SayAsync("a chair")).Mention("minutes"));
        Assert.True((await chat.SayAsync("20")).Mention("focus"));
        var plan = (await chat.SayAsync("lower back")).Single(CardKind.Plan);

        Assert.Equal(plan.Text, Texts.Of(host).PlanIntro);

        var summary = await Sessions.CompleteAsync(chat, await chat.SayAsync("let's go"), _ => chat.SayAsync("done"), _ => chat.SayAsync("about right"));
        Assert.Contains(summary.Lines, line => line.Contains("About right", StringComparison.Ordinal));
        Assert.Contains("Back pain: 3 before, 2 after.", summary.FallbackText, StringComparison.Ordinal);
        await Sessions.AssertSavedAsync(host, chat, sessions: 1);
    }

    [Fact]
    public async Task No_pain_after_the_session_said_in_words_is_a_score_of_zero_and_gets_the_summary()
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);

        var summary = await Sessions.CompleteAsync(chat, await chat.TapAsync(plan, "Start"), _ => chat.SayAsync("done"), _ => chat.SayAsync("about right"),
            painAfter: "no pain at all now");

        Assert.DoesNotContain(Texts.Of(host).PainRoseNote, summary.AllText, StringComparison.Ordinal);
        var profile = (await Sessions.SavedProfileAsync(host, chat))!["UserProfile"]!.ToObject<UserProfile>()!;
        Assert.All(profile.History[0].Entries, entry => Assert.Equal(0, entry.PainAfter));
    }

    [Theory]
    [MemberData(nameof(Channel.Both), MemberType = typeof(Channel))]
    public async Task Card_taps_take_a_first_time_user_from_welcome_to_a_saved_summary(string via)
    {
        var chat = Channel.Open(host, via);
        var welcome = (await chat.JoinAsync()).Single(CardKind.Welcome);
        var disclaimer = (await chat.TapAsync(welcome, welcome.Buttons.Single(button => button.Action == "start").Title)).Single(CardKind.Disclaimer);
        var safety = (await chat.TapAsync(disclaimer, "I accept")).Single(CardKind.SafetyCheck);
        var assessment = (await chat.TapAsync(safety, "Continue", new { redFlags = "none" })).Single(CardKind.Assessment);
        var plan = (await chat.TapAsync(assessment, "Build my plan", Journey.FullAnswers)).Single(CardKind.Plan);

        var summary = await Sessions.CompleteAsync(chat, await chat.TapAsync(plan, "Start"),
            exercise => chat.TapAsync(exercise, "Done"),
            feeling => chat.TapAsync(feeling, "Too easy"));
        Assert.Contains(summary.Lines, line => line.Contains("Too easy", StringComparison.Ordinal));
        await Sessions.AssertSavedAsync(host, chat, sessions: 1);
    }

    [Fact]
    public async Task Declining_the_disclaimer_stops_and_start_offers_it_again_until_accepted()
    {
        var chat = new SdkChat(host);
        (await chat.SayAsync("start")).Single(CardKind.Disclaimer);

        Assert.Equal(Texts.Of(host).DisclaimerDeclined, Assert.Single(await chat.SayAsync("no")).Text);
        var profile = await Sessions.SavedProfileAsync(host, chat);
        Assert.True(profile?["UserProfile"]?["DisclaimerAcceptedOn"] is null or { Type: JTokenType.Null }, "A declined disclaimer was saved as accepted.");

        var again = (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
        (await chat.TapAsync(again, "I accept")).Single(CardKind.SafetyCheck);
    }

    /// <remarks>
    /// Before, every one of these got "Okay. I'm here whenever you need me" or "I'm not sure what you mean", so a
    /// newcomer's first answer to the welcome's offer led nowhere.
    /// </remarks>
    [Theory]
    [InlineData("ok")]
    [InlineData("sure")]
    [InlineData("yes please")]
    [InlineData("Yeah")]
    [InlineData("go")]
    [InlineData("cool")]
    [InlineData("k lets go")]
    public async Task A_yes_to_the_welcome_takes_its_offer_to_start(string text)
    {
        var chat = new SdkChat(host);
        (await chat.JoinAsync()).Single(CardKind.Welcome);

        (await chat.SayAsync(text)).Single(CardKind.Disclaimer);
    }

    [Fact]
    public async Task A_yes_after_something_else_was_said_since_the_welcome_is_no_longer_an_answer_to_it()
    {
        var chat = new SdkChat(host);
        (await chat.JoinAsync()).Single(CardKind.Welcome);
        await chat.SayAsync("thanks");

        Assert.Equal(Texts.Of(host).AcknowledgedIdle, Assert.Single(await chat.SayAsync("ok")).Text);
    }

    [Theory]
    [InlineData("ok")]
    [InlineData("got it")]
    public async Task An_ok_after_the_summary_is_understood_rather_than_answered_with_im_not_sure_what_you_mean(string text)
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);
        await Sessions.CompleteAsync(chat, await chat.TapAsync(plan, "Start"), _ => chat.SayAsync("done"), _ => chat.SayAsync("about right"));

        var reply = Assert.Single(await chat.SayAsync(text));

        Assert.Equal(Texts.Of(host).AcknowledgedIdle, reply.Text);
    }
}
