using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// "Skip" at "how did it feel?" moves on to the next exercise without a rating. Found on a live bot: after "my wrist
/// hurts a bit" at that question, the stop card's own "Skip it" button and a typed "skip" only asked "was it too easy,
/// about right, or too hard?" again, so the person could not move on without ending the session or rating an exercise
/// that hurt.
/// </summary>
public sealed class SkipAtFeelingTests(BotHost host) : IClassFixture<BotHost>
{
    [Fact]
    public async Task The_stop_cards_skip_button_after_pain_at_the_feeling_question_moves_on_to_the_next_exercise()
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Feeling);
        var stop = (await chat.SayAsync("my wrist hurts a bit in this one")).Last;

        var replies = await chat.TapAsync(stop, "Skip it");

        Assert.True(replies.Has(CardKind.SessionExercise) && replies.Mention("Exercise 2 of"), $"The session did not move on: {replies}");
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("skip this question")]
    public async Task A_typed_skip_at_the_feeling_question_moves_on_without_a_rating(string said)
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Feeling);

        var replies = await chat.SayAsync(said);

        Assert.True(replies.Has(CardKind.SessionExercise) && replies.Mention("Exercise 2 of"), $"\"{said}\": {replies}");
    }
}
