using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>How people talk during a session: many ways of asking for easier, and words that only look like it.</summary>
public sealed class SessionLanguageTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("easier")]
    [InlineData("too hard")]
    [InlineData("this is way too hard for me")]
    [InlineData("I can't do this one")]
    [InlineData("make it easier")]
    [InlineData("something gentler please")]
    [InlineData("is there an easier version?")]
    [InlineData("it's too difficult")]
    [InlineData("can you tone it down a bit")]
    [InlineData("eaiser")]
    [InlineData("to hard")]
    [InlineData("im struggling with this")]
    public async Task Every_way_of_asking_for_easier_shows_the_easier_variation_of_the_same_exercise(string request)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        var easier = (await chat.SayAsync(request)).Single(CardKind.SessionExercise);

        Assert.Equal(first.Title, easier.Title);
        Assert.NotEqual(first.VariationName, easier.VariationName);
        Assert.StartsWith("What changed: Easier", easier.ChangeNote, StringComparison.Ordinal);
        Assert.Equal(first.Lines[0], easier.Lines[0]);
    }

    [Theory]
    [InlineData("this is easier than I thought")]
    [InlineData("not too hard at all")]
    [InlineData("that wasn't too hard")]
    public async Task Saying_it_is_not_hard_does_not_change_the_exercise(string remark)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync(remark);

        Assert.False(replies.Has(CardKind.SessionExercise) && replies.Single(CardKind.SessionExercise).ChangeNote is not null,
            $"The exercise was changed: {replies}");
        var feeling = (await chat.SayAsync("done")).Single(CardKind.Feeling);
        Assert.Equal(first.ExerciseId, feeling.ExerciseId);
    }

    [Fact]
    public async Task Too_easy_as_the_answer_to_how_did_that_feel_is_recorded_not_taken_as_a_request_for_harder()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync(first, "Done");

        var next = (await chat.SayAsync("too easy")).Single(CardKind.SessionExercise);

        Assert.StartsWith("Exercise 2 of ", next.Lines[0], StringComparison.Ordinal);
        Assert.Null(next.ChangeNote);
    }

    [Theory]
    [InlineData("not too hard")]
    [InlineData("not too bad")]
    [InlineData("not that hard really")]
    public async Task Saying_an_exercise_was_not_too_hard_answers_how_did_that_feel(string answer)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync(first, "Done");

        var next = (await chat.SayAsync(answer)).Single(CardKind.SessionExercise);

        Assert.StartsWith("Exercise 2 of ", next.Lines[0], StringComparison.Ordinal);
    }

    /// <summary>
    /// "Fine, maybe slightly easy": a hedge is about right, which neither steps the exercise up nor down. Before, the two
    /// feelings in one answer cancelled out and the question came again (3 of these 4).
    /// </summary>
    [Theory]
    [InlineData("it was fine, maybe slightly easy")]
    [InlineData("a bit hard but ok")]
    [InlineData("bit easy tbh")]
    [InlineData("challenging but ok")]
    public async Task A_hedged_feeling_is_about_right(string answer)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync(first, "Done");

        (await chat.SayAsync(answer)).Single(CardKind.SessionExercise);
        var summary = await StopAndSkipAsync(chat);

        Assert.Contains("About right", summary.AllText, StringComparison.Ordinal);
    }

    private static async Task<Card> StopAndSkipAsync(SdkChat chat)
    {
        await chat.SayAsync("stop");
        return (await chat.SayAsync("skip")).Single(CardKind.Summary);
    }

    [Fact]
    public async Task Typed_session_answers_work_like_the_buttons()
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        (await chat.SayAsync("finished")).Single(CardKind.Feeling);
        var second = (await chat.SayAsync("fine")).Single(CardKind.SessionExercise);
        var third = (await chat.SayAsync("skip this one")).Single(CardKind.SessionExercise);

        Assert.StartsWith("Exercise 2 of ", second.Lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Exercise 3 of ", third.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Skipping_every_exercise_ends_without_a_pain_question_a_summary_or_a_saved_session()
    {
        var chat = new SdkChat(host);
        var replies = new Replies([(await Journey.TapToSessionAsync(chat)).Activity]);

        for (var skips = 0; replies.Has(CardKind.SessionExercise); skips++)
        {
            Assert.True(skips < 20, "The session never ended.");
            replies = await chat.TapAsync(replies.Single(CardKind.SessionExercise), "Skip");
        }

        Assert.Equal(Texts.Of(host).NothingDone, Assert.Single(replies).Text);
        await Sessions.AssertSavedAsync(host, chat, sessions: 0);
    }

    [Fact]
    public async Task Stopping_after_only_skips_saves_nothing()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync(first, "Skip");

        var replies = await chat.SayAsync("stop");

        Assert.False(replies.Has(CardKind.Summary), $"A summary of nothing was shown: {replies}");
        Assert.Equal(Texts.Of(host).NothingDone, replies.Last.Text);
        await Sessions.AssertSavedAsync(host, chat, sessions: 0);
    }
}
