using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// Chat clients keep earlier cards tappable. A button on the card of an exercise that is no longer on screen must
/// not record or change the exercise that is.
/// </summary>
public sealed class OldCardTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("Done")]
    [InlineData("Harder")]
    [InlineData("Skip")]
    public async Task A_button_on_the_previous_exercises_card_leaves_the_current_exercise_alone(string button)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        var second = (await chat.TapAsync((await chat.TapAsync(first, "Done")).Single(CardKind.Feeling), "About right")).Single(CardKind.SessionExercise);

        var replies = await chat.TapAsync(first, button);

        var shown = replies.Single(CardKind.SessionExercise);
        Assert.Equal(Texts.Of(host).StaleCardTap, shown.Text);
        Assert.Equal(second.ExerciseId, shown.ExerciseId);
        Assert.Equal(second.VariationName, shown.VariationName);
        Assert.Equal(second.Lines[0], shown.Lines[0]);
        Assert.Equal(second.ExerciseId, (await chat.TapAsync(second, "Done")).Single(CardKind.Feeling).ExerciseId);
    }

    [Fact]
    public async Task An_answer_on_the_previous_exercises_feeling_card_is_not_recorded_for_the_current_one()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        var firstFeeling = (await chat.TapAsync(first, "Done")).Single(CardKind.Feeling);
        var second = (await chat.TapAsync(firstFeeling, "About right")).Single(CardKind.SessionExercise);
        await chat.TapAsync(second, "Done");

        var replies = await chat.TapAsync(firstFeeling, "Too hard");

        var shown = replies.Single(CardKind.Feeling);
        Assert.Equal(Texts.Of(host).StaleCardTap, shown.Text);
        Assert.Equal(second.ExerciseId, shown.ExerciseId);
    }

    [Fact]
    public async Task A_button_on_an_exercise_card_after_the_session_ended_does_not_start_anything()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync((await chat.TapAsync(first, "Done")).Single(CardKind.Feeling), "About right");
        (await chat.SayAsync("stop")).Single(CardKind.Summary);

        var replies = await chat.TapAsync(first, "Done");

        Assert.Equal(Texts.Of(host).StaleCardTap, Assert.Single(replies).Text);
        await Sessions.AssertSavedAsync(host, chat, sessions: 1);
    }
}
