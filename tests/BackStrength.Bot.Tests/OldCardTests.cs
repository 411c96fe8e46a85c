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
        await chat.SayAsync("stop");
        (await chat.SayAsync("skip")).Single(CardKind.Summary);

        var replies = await chat.TapAsync(first, "Done");

        Assert.Equal(Texts.Of(host).StaleCardNoSession, Assert.Single(replies).Text);
        await Sessions.AssertSavedAsync(host, chat, sessions: 1);
    }

    [Fact]
    public async Task The_assessment_card_tapped_again_at_the_plan_says_it_is_from_earlier_and_what_is_waiting()
    {
        var chat = new SdkChat(host);
        var texts = Texts.Of(host);
        var disclaimer = (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
        var safety = (await chat.TapAsync(disclaimer, "I accept")).Single(CardKind.SafetyCheck);
        var assessment = (await chat.TapAsync(safety, "Continue", new { redFlags = "none" })).Single(CardKind.Assessment);
        (await chat.TapAsync(assessment, "Build my plan", Journey.FullAnswers)).Single(CardKind.Plan);

        var replies = await chat.TapAsync(assessment, "Build my plan", Journey.FullAnswers);

        Assert.Equal([texts.StaleQuestionCard, texts.PlanRetry], replies.Select(reply => reply.Text));
        (await chat.SayAsync("start")).Single(CardKind.SessionExercise);
    }

    [Fact]
    public async Task The_disclaimer_accepted_again_at_the_safety_check_says_it_is_from_earlier_and_asks_the_check()
    {
        var chat = new SdkChat(host);
        var texts = Texts.Of(host);
        var disclaimer = (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
        await chat.TapAsync(disclaimer, "I accept");

        var replies = await chat.TapAsync(disclaimer, "I accept");

        Assert.Equal(texts.StaleQuestionCard, replies[0].Text);
        Assert.StartsWith(texts.AskSafetyCheck, replies.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_safety_card_sent_again_during_the_typed_questions_leaves_the_answers_alone()
    {
        var chat = new SdkChat(host);
        var texts = Texts.Of(host);
        var disclaimer = (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
        var safety = (await chat.TapAsync(disclaimer, "I accept")).Single(CardKind.SafetyCheck);
        await chat.TapAsync(safety, "Continue", new { redFlags = "none" });
        await chat.SayAsync("3");

        var replies = await chat.TapAsync(safety, "Continue", new { redFlags = "none" });

        Assert.Equal(texts.StaleQuestionCard, replies[0].Text);
        Assert.StartsWith(texts.AskPainBelowKnee, replies.Last.Text, StringComparison.Ordinal);
        Assert.True((await chat.SayAsync("no")).Mention(texts.AskExperience));
    }

    [Fact]
    public async Task The_plans_start_tapped_again_mid_session_shows_the_exercise_on_screen()
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);
        var first = (await chat.TapAsync(plan, "Start")).Single(CardKind.SessionExercise);
        await chat.TapAsync((await chat.TapAsync(first, "Done")).Single(CardKind.Feeling), "About right");

        var replies = await chat.TapAsync(plan, "Start");

        var shown = replies.Single(CardKind.SessionExercise);
        Assert.Equal(Texts.Of(host).StaleCardTap, shown.Text);
        Assert.NotEqual(first.ExerciseId, shown.ExerciseId);
    }

    [Fact]
    public async Task The_assessment_card_filled_in_after_starting_to_type_answers_everything()
    {
        var chat = new SdkChat(host);
        var disclaimer = (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
        var safety = (await chat.TapAsync(disclaimer, "I accept")).Single(CardKind.SafetyCheck);
        var assessment = (await chat.TapAsync(safety, "Continue", new { redFlags = "none" })).Single(CardKind.Assessment);
        await chat.SayAsync("3");
        await chat.SayAsync("no");

        var plan = (await chat.TapAsync(assessment, "Build my plan", Journey.FullAnswers)).Single(CardKind.Plan);

        Assert.Equal((await Journey.TapToPlanAsync(new SdkChat(host))).Single(CardKind.Plan).AllText, plan.AllText);
    }
}
