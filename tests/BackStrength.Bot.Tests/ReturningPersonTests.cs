using System.Globalization;
using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// Round ten of trying the bot as a returning office worker, on web chat and in Teams: a second session's check-in
/// answered "same as last time", a no to the safety check said the same way, and a button tapped on last session's
/// cards while today's check-in waits.
/// </summary>
/// <remarks>
/// Held-out table of 42 rows written from the live bot before any change: 31 right. Wrong: "same as last time", "SAME
/// AS BEFORE", "whatever i did last time" and "pain 3 and same time as before" at "how many minutes?" (only "pick 5, 10,
/// 20 or 30" again); "no, same as last time", a bare "same as last time" and "none but my back is worse since last time"
/// at the safety check ("I didn't catch that"); last session's Done and feeling buttons tapped at the returning check-in
/// ("say start whenever you'd like a new session", the pain question left unasked); "done. it was too easy" at an
/// exercise (made it harder, not done); "did anything get harder since last time?" at the plan (asked for minutes).
/// The tests below failed before their fixes (9 of 9 on the first three causes). A no said with "same as last time" is
/// still asked again (an earlier round decided so: "same" may mean a sign still there), now saying why. After the fixes:
/// 41 of 42 on the live bot: "no, same as last time" is asked again (with why) rather than taken as the no the row
/// expected. Not in the table's count but seen: "i havent done this in 6 weeks. pain 4" is read for its pain only, and
/// the plan does not hold back after weeks away.
/// Second table, new wordings on the fixed bot: 13 of 15 ("same amount of time as last session" was taken as a question
/// about the plan, fixed since; "ok done" at an exercise now records "about right" without asking, left as is: "ok" is
/// one of the feeling answers), 14 of 15 after.
/// </remarks>
public sealed class ReturningPersonTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("same as last time")]
    [InlineData("SAME AS BEFORE")]
    [InlineData("whatever i did last time")]
    [InlineData("same time as before pls")]
    [InlineData("same amount of time as last session")]
    public async Task Same_as_last_time_at_the_minutes_question_plans_the_last_plans_minutes(string wording)
    {
        var later = await Journey.BackAtQuickCheckAsync(new SdkChat(host));
        Assert.True((await later.SayAsync("4")).Mention("minutes"));

        var replies = await later.SayAsync(wording);

        replies.Single(CardKind.Plan);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, Texts.Of(host).MinutesSameAsLastTime, 20), replies.Select(reply => reply.Text));
    }

    [Theory]
    [InlineData("pain 3 and same time as before")]
    [InlineData("3, the usual time")]
    public async Task The_same_minutes_as_last_time_said_with_the_pain_score_are_not_asked_again(string wording)
    {
        var later = await Journey.BackAtQuickCheckAsync(new SdkChat(host));

        var replies = await later.SayAsync(wording);

        replies.Single(CardKind.Plan);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, Texts.Of(host).MinutesKept, 20), replies.Select(reply => reply.Text));
    }

    [Fact]
    public async Task Same_as_last_time_at_the_first_minutes_question_says_there_is_no_earlier_plan_and_asks_again()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToTimeQuestionAsync(chat);

        var replies = await chat.SayAsync("same as last time");

        Assert.Equal(Texts.Of(host).MinutesNoEarlierPlan, replies[0].Text);
        Assert.False(replies.Has(CardKind.Plan));
        Assert.True((await chat.SayAsync("10")).Mention("focus on"));
    }

    /// <summary>
    /// The check is about today: an answer that goes by last time is asked again, as before (a "same" may mean a sign
    /// still there), but with why, instead of "I didn't catch that"; a plain "none" then goes on.
    /// </summary>
    [Theory]
    [InlineData("same as last time")]
    [InlineData("no, same as last time")]
    [InlineData("none but my back is worse since last time")]
    public async Task An_answer_to_the_safety_check_that_goes_by_last_time_is_asked_again_for_today(string wording)
    {
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);
        var later = chat.NewConversation();
        (await later.SayAsync("start")).Single(CardKind.SafetyCheck);

        var replies = await later.SayAsync(wording);

        Assert.Equal([Texts.Of(host).SafetyCheckToday], replies.Select(reply => reply.Text));
        (await later.SayAsync("none")).Single(CardKind.QuickCheck);
    }

    [Theory]
    [MemberData(nameof(Channel.Both), MemberType = typeof(Channel))]
    public async Task Last_sessions_buttons_tapped_at_the_returning_check_in_ask_the_waiting_question_again(string via)
    {
        var chat = Channel.Open(host, via);
        var texts = Texts.Of(host);
        var first = await Journey.TapToSessionAsync(chat);
        var feeling = (await chat.TapAsync(first, "Done")).Single(CardKind.Feeling);
        await chat.TapAsync(feeling, "Too easy");
        await chat.SayAsync("stop");
        (await chat.SayAsync("skip")).Single(CardKind.Summary);
        var later = Channel.Reopen(chat);
        await later.SayAsync("start");
        (await later.SayAsync("no")).Single(CardKind.QuickCheck);

        Assert.Equal([texts.StaleQuestionCard, texts.PainRetry], (await later.TapAsync(first, "Done")).Select(reply => reply.Text));
        Assert.Equal([texts.StaleQuestionCard, texts.PainRetry], (await later.TapAsync(feeling, "Too hard")).Select(reply => reply.Text));
        Assert.True((await later.SayAsync("3")).Mention("minutes"));
        await Sessions.AssertSavedAsync(host, later, sessions: 1);
    }

    /// <summary>Two answers in one message at an exercise: it is done, and how it felt is said with it.</summary>
    [Theory]
    [InlineData("done, too easy", "Too easy")]
    [InlineData("DONE. it was too easy 😴", "Too easy")]
    [InlineData("done it. too hard", "Too hard")]
    [InlineData("finished that one, felt about right", "About right")]
    public async Task Done_said_with_how_it_felt_moves_on_and_keeps_the_feeling(string said, string shownInSummary)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        var next = (await chat.SayAsync(said)).Single(CardKind.SessionExercise);

        Assert.NotEqual(first.ExerciseId, next.ExerciseId);
        await chat.SayAsync("stop");
        Assert.Contains(shownInSummary, (await chat.SayAsync("skip")).Single(CardKind.Summary).AllText, StringComparison.Ordinal);
    }
}
