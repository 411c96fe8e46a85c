using BackStrength.Bot.Cards;
using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>Exercise names inside the bot's sentences keep the capitals that carry meaning.</summary>
public sealed class ExerciseNameTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("Bird dog", "bird dog")]
    [InlineData("Bent-over I, Y, T", "bent-over I, Y, T")]
    [InlineData("Kickstand RDL", "kickstand RDL")]
    [InlineData("I, Y, T against a wall", "I, Y, T against a wall")]
    public void A_name_mid_sentence_lowers_only_an_ordinary_first_letter(string name, string inSentence) =>
        Assert.Equal(inSentence, MidSentence.Name(name));

    [Fact]
    public async Task The_feeling_question_about_the_I_Y_T_keeps_its_capital_letters()
    {
        var chat = new SdkChat(host);
        var disclaimer = (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
        var safety = (await chat.TapAsync(disclaimer, "I accept")).Single(CardKind.SafetyCheck);
        var assessment = (await chat.TapAsync(safety, "Continue", new { redFlags = "none" })).Single(CardKind.Assessment);
        var plan = (await chat.TapAsync(assessment, "Build my plan", new
        {
            painNow = "2",
            painBelowKnee = "false",
            experience = "some",
            canGetToFloor = "true",
            kneelingComfortable = "true",
            equipment = "chair",
            minutes = "30",
            focus = "upperBack",
        })).Single(CardKind.Plan);
        Assert.Contains("Bent-over I, Y, T", plan.AllText, StringComparison.Ordinal);

        var exercise = (await chat.TapAsync(plan, "Start")).Single(CardKind.SessionExercise);
        while (exercise.Title != "Bent-over I, Y, T")
        {
            exercise = (await chat.TapAsync(exercise, "Skip")).Single(CardKind.SessionExercise);
        }

        var feeling = (await chat.TapAsync(exercise, "Done")).Single(CardKind.Feeling);

        Assert.Equal("How did the bent-over I, Y, T feel?", feeling.Title);
    }
}
