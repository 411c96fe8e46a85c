using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// "How many reps?" at an exercise: the dose in one line. It used to send the whole card again, and "how long do I
/// rest?" or "can you time me?" got "say done when you've finished".
/// </summary>
public sealed class DoseQuestionTests(BotHost host) : IClassFixture<BotHost>
{
    // Before the fix: 5 of these got the whole card again and 5 got "say done when you've finished"; none got the dose in a line.
    public static TheoryData<string> DoseQuestions =>
    [
        "how many reps?",
        "how many sets do i do",
        "how long do i rest between sets",
        "can you time me",
        "how long should I hold it for",
        "how many seconds?",
        "do I need a timer",
        "whats the rest time",
        "how many repetitions is that",
        "how many of these",
    ];

    [Theory]
    [MemberData(nameof(DoseQuestions))]
    public async Task The_dose_of_the_exercise_on_screen_comes_in_a_line_and_the_exercise_carries_on(string question)
    {
        var chat = new SdkChat(host);
        var exercise = await Journey.TapToSessionAsync(chat);

        var reply = Assert.Single(await chat.SayAsync(question));

        Assert.Equal(CardKind.None, reply.Kind);
        Assert.StartsWith($"{exercise.VariationName}: ", reply.Text, StringComparison.Ordinal);
        Assert.Contains(" × ", reply.Text, StringComparison.Ordinal);
        (await chat.SayAsync("done")).Single(CardKind.Feeling);
    }

    [Fact]
    public async Task How_many_are_left_is_still_the_plan()
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        (await chat.SayAsync("how many left?")).Single(CardKind.Plan);
    }

    [Fact]
    public async Task Reps_of_another_named_exercise_show_that_exercise()
    {
        var chat = new SdkChat(host);
        var exercise = await Journey.TapToSessionAsync(chat);
        var other = exercise.ExerciseId == "bird-dog" ? "bridge" : "bird dog";

        (await chat.SayAsync($"how many reps for the {other}?")).Single(CardKind.LookedUpExercise);
    }
}
