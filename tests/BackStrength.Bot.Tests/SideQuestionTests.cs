using BackStrength.Bot.Reminders;
using BackStrength.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Tests;

/// <summary>
/// "Cancel" while a side question waits on top of a session (a reminder's time zone, "delete everything?") drops
/// that question only. It used to end the whole session, with a summary, halfway through an exercise.
/// </summary>
public sealed class SideQuestionTests(BotHost host) : IClassFixture<BotHost>
{
    public static TheoryData<string> CancelWords => ["cancel it", "never mind", "forget it", "cancel", "stop", "no, cancel that"];

    [Theory]
    [MemberData(nameof(CancelWords))]
    public async Task Cancelling_a_reminder_while_its_time_zone_is_asked_keeps_the_session_on_the_same_exercise(string cancel)
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);
        Assert.Equal(ReminderTexts.AskTimeZone, (await chat.SayAsync("can you remind me tomorrow at 8am")).Last.Text);

        var replies = await chat.SayAsync(cancel);

        Assert.Equal(ReminderTexts.NotSet, replies[0].Text);
        Assert.Equal(Texts.Of(host).SessionActionRetry, replies.Last.Text);
        (await chat.SayAsync("done")).Single(CardKind.Feeling);
    }

    [Theory]
    [MemberData(nameof(CancelWords))]
    public async Task Cancelling_forget_me_keeps_everything_and_the_session_carries_on(string cancel)
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);
        (await chat.SayAsync("forget me")).Single(CardKind.ForgetMe);

        var replies = await chat.SayAsync(cancel);

        Assert.Equal(Texts.Of(host).ForgetMeKept, replies[0].Text);
        Assert.Equal(Texts.Of(host).SessionActionRetry, replies.Last.Text);
        (await chat.SayAsync("done")).Single(CardKind.Feeling);
    }

    [Fact]
    public async Task Stop_said_again_once_the_side_question_is_gone_ends_the_session()
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);
        await chat.SayAsync("remind me tomorrow at 8");
        await chat.SayAsync("cancel");

        Assert.Equal(Texts.Of(host).SessionEndedEarly, (await chat.SayAsync("stop"))[0].Text);
    }

    private ReminderTexts ReminderTexts => host.Services.GetRequiredService<IOptions<ReminderTexts>>().Value;
}
