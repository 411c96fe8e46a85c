using System.Globalization;
using BackStrength.Bot.Tests.Support;
using BackStrength.Coaching.Progress;

namespace BackStrength.Bot.Tests;

/// <summary>
/// "It was ok" or "that felt good" typed at an exercise instead of "done": the exercise is done and rated in one go.
/// Before, "it was ok" and "went fine" got "say done when you've finished", and "that felt good" got "you're welcome!".
/// </summary>
public sealed class ReportedFeelingTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("it was ok", "about right")]
    [InlineData("that felt good", "about right")]
    [InlineData("went fine i think", "about right")]
    [InlineData("was alright", "about right")]
    [InlineData("that was great thanks", "about right")]
    public async Task A_look_back_on_the_exercise_is_done_and_rated_and_the_session_moves_on(string said, string rating)
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync(said);

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Texts.Of(host).FeelingTakenWithDone, rating), replies[0].Text);
        Assert.True(replies.Single(CardKind.SessionExercise).Lines[0].StartsWith("Exercise 2 of", StringComparison.Ordinal), $"{replies}");
    }

    [Fact]
    public async Task The_rating_is_kept_for_the_session()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        await chat.SayAsync("it was ok");

        var step = (await Sessions.SavedConversationAsync(host, chat))!.SelectToken("$..Session.Steps[0]")!;
        Assert.Equal(first.ExerciseId, (string?)step["ExerciseId"]);
        Assert.Equal(Feeling.AboutRight, step["Feeling"]!.ToObject<Feeling>());
    }

    /// <summary>
    /// An "ok" that opens "ok done" acknowledges; it is not how the exercise felt, so the question is asked as after a
    /// plain "done". Before, "ok done" and "k done" were noted as "about right" without asking.
    /// </summary>
    [Theory]
    [InlineData("ok done")]
    [InlineData("k done")]
    [InlineData("Okay, done!")]
    [InlineData("alright done that")]
    public async Task An_acknowledgement_before_done_asks_how_it_felt(string said)
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync(said);

        replies.Single(CardKind.Feeling);
        Assert.False(replies.Has(CardKind.SessionExercise), $"{replies}");
    }

    [Theory]
    [InlineData("ok done, too easy", "too easy")]
    [InlineData("ok, that felt fine", "about right")]
    public async Task A_feeling_after_the_acknowledgement_is_still_taken_with_done(string said, string rating)
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync(said);

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Texts.Of(host).FeelingTakenWithDone, rating), replies[0].Text);
    }

    [Theory]
    [InlineData("was that right?")]
    [InlineData("ok")]
    public async Task A_question_or_a_bare_ok_is_not_taken_as_done(string said)
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync(said);

        Assert.False(replies.Has(CardKind.SessionExercise), $"{replies}");
        Assert.DoesNotContain(replies, reply => reply.Text == string.Format(CultureInfo.InvariantCulture, Texts.Of(host).FeelingTakenWithDone, "about right"));
    }
}
