using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>Someone who has used the bot before: the disclaimer is remembered and the check-in is short.</summary>
public sealed class ReturningUserTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [MemberData(nameof(Channel.Both), MemberType = typeof(Channel))]
    public async Task A_returning_user_gets_the_quick_check_not_the_full_assessment_and_no_disclaimer(string via)
    {
        var chat = Channel.Open(host, via);
        await Journey.TapToPlanAsync(chat);

        var later = Channel.Reopen(chat);
        var safety = (await later.SayAsync("start")).Single(CardKind.SafetyCheck);
        var quick = (await later.TapAsync(safety, "Continue", new { redFlags = "none" })).Single(CardKind.QuickCheck);
        var plan = await later.TapAsync(quick, "Plan today's session", new { painNow = "2", minutes = "10" });

        plan.Single(CardKind.Plan);
    }

    [Fact]
    public async Task A_returning_user_can_type_the_quick_check()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToPlanAsync(chat);

        var later = chat.NewConversation();
        (await later.SayAsync("start")).Single(CardKind.SafetyCheck);
        Assert.True((await later.SayAsync("no")).Has(CardKind.QuickCheck));
        Assert.True((await later.SayAsync("4")).Mention("minutes"));
        (await later.SayAsync("10")).Single(CardKind.Plan);
    }

    [Fact]
    public async Task A_returning_user_can_choose_to_update_everything()
    {
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);

        var later = chat.NewConversation();
        await later.SayAsync("start");
        var quick = (await later.SayAsync("none")).Single(CardKind.QuickCheck);
        var update = (await later.TapAsync(quick, "Update everything")).Single(CardKind.Assessment);

        Assert.Contains("Update", update.AllText, StringComparison.Ordinal);
        (await later.TapAsync(update, "Build my plan", Journey.FullAnswers)).Single(CardKind.Plan);
    }

    [Fact]
    public async Task A_returning_user_after_a_completed_session_starts_a_second_one()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync((await chat.TapAsync(first, "Done")).Single(CardKind.Feeling), "Too easy");
        await chat.SayAsync("stop");
        await chat.SayAsync("skip");

        var later = chat.NewConversation();
        (await later.JoinAsync()).Single(CardKind.Welcome);
        await later.SayAsync("start");
        var quick = (await later.SayAsync("no")).Single(CardKind.QuickCheck);
        var plan = (await later.TapAsync(quick, "Plan today's session", new { painNow = "2", minutes = "10" })).Single(CardKind.Plan);
        var next = (await later.TapAsync(plan, "Start")).Single(CardKind.SessionExercise);
        await later.TapAsync((await later.TapAsync(next, "Done")).Single(CardKind.Feeling), "About right");
        await later.SayAsync("stop");
        (await later.SayAsync("skip")).Single(CardKind.Summary);

        await Sessions.AssertSavedAsync(host, later, sessions: 2);
    }
}
