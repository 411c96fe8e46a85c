using BackStrength.Bot.Tests.Support;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Tests;

/// <summary>"Show my progress": what the finished sessions show, at any point of the conversation.</summary>
public sealed class ProgressTests(BotHost host) : IClassFixture<BotHost>
{
    [Fact]
    public async Task Before_any_session_there_is_nothing_to_show_and_the_bot_says_how_to_begin()
    {
        var chat = new SdkChat(host);
        await chat.JoinAsync();

        var replies = await chat.SayAsync("show my progress");

        Assert.Equal(Texts.Of(host).NoProgressYet, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task After_a_session_it_shows_the_session_with_pain_before_and_after_and_each_exercise_level()
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);
        await Sessions.CompleteAsync(chat, await chat.TapAsync(plan, "Start"), _ => chat.SayAsync("done"), _ => chat.SayAsync("about right"), painAfter: "1");

        var progress = (await chat.SayAsync("how have I been doing?")).Single(CardKind.Progress);

        Assert.Contains("1 session so far", progress.Lines);
        Assert.Contains(progress.Lines, line => line.EndsWith("→ 1", StringComparison.Ordinal));
        Assert.Contains("Where you are now", progress.Lines);
        Assert.Contains("Start a session", progress.Buttons.Select(button => button.Title));
    }

    [Fact]
    public async Task Sessions_are_dated_in_the_persons_own_time()
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);
        await Sessions.CompleteAsync(chat, await chat.TapAsync(plan, "Start"), _ => chat.SayAsync("done"), _ => chat.SayAsync("about right"));
        // An offset that puts the person on another date than UTC's right now, so a UTC date would be wrong.
        var now = DateTimeOffset.UtcNow;
        var elsewhere = TimeSpan.FromHours(now.Hour < 12 ? -12 : 13);
        var theirToday = now.ToOffset(elsewhere).ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture);
        Assert.NotEqual(now.ToString("ddd d MMM", System.Globalization.CultureInfo.InvariantCulture), theirToday);

        var message = new Activity(ActivityTypes.Message) { Text = "my progress", LocalTimestamp = now.ToOffset(elsewhere) };

        var progress = (await chat.SendAsync(message)).Single(CardKind.Progress);

        Assert.Contains(theirToday, progress.Lines);
    }

    [Fact]
    public async Task Asked_in_the_middle_of_the_questions_the_question_still_waits_for_its_answer()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToTimeQuestionAsync(chat);

        var replies = await chat.SayAsync("can I see my past sessions");

        Assert.Equal(Texts.Of(host).NoProgressYet, replies[0].Text);
        Assert.True(replies.Mention(QuestionWords.MinutesQuestion), $"The waiting question was not asked again: {replies}");
        Assert.True((await chat.SayAsync("20")).Mention("focus"));
    }
}
