using System.Globalization;
using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// "How many reps?" or "can I use a water bottle?" at an exercise: the dose or the kit in one line. Dose questions used
/// to send the whole card again, and "how long do I rest?" or "can you time me?" got "say done when you've finished".
/// </summary>
public sealed class ExerciseQuestionTests(BotHost host) : IClassFixture<BotHost>
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

    // Before the fix, at the bent-over row: "how do I do this without weights?" sent the card again with no word about
    // weights, and the other six got "say done when you've finished"; none was answered.
    public static TheoryData<string> KitQuestions =>
    [
        "can i use a water bottle",
        "do i need weights for this?",
        "should i hold something",
        "what do i hold",
        "i only have a backpack",
        "do I need a mat?",
        "do i need any equipment for this one",
        "is a dumbbell ok for this",
    ];

    [Theory]
    [MemberData(nameof(KitQuestions))]
    public async Task What_the_exercise_on_screen_needs_comes_in_a_line_and_the_exercise_carries_on(string question)
    {
        var chat = new SdkChat(host);
        var exercise = await TapToRowWithoutKitAsync(chat);

        var reply = Assert.Single(await chat.SayAsync(question));

        var texts = Texts.Of(host).KitAnswers;
        Assert.Equal(CardKind.None, reply.Kind);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, texts.NeedsNothing, exercise.VariationName), reply.Text, StringComparison.Ordinal);
        Assert.Contains(string.Format(CultureInfo.InvariantCulture, texts.Optional, "Weights"), reply.Text, StringComparison.Ordinal);
        (await chat.SayAsync("done")).Single(CardKind.Feeling);
    }

    [Fact]
    public async Task Kit_the_exercise_does_not_use_is_said_to_be_unneeded()
    {
        var chat = new SdkChat(host);
        await TapToRowWithoutKitAsync(chat);

        var reply = Assert.Single(await chat.SayAsync("do i need a band?"));

        Assert.StartsWith(string.Format(CultureInfo.InvariantCulture, Texts.Of(host).KitAnswers.NotUsed, "a resistance band"), reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_weights_asked_as_how_to_keeps_the_exercise_and_says_it_works_without()
    {
        var chat = new SdkChat(host);
        var exercise = await TapToRowWithoutKitAsync(chat);

        var reply = Assert.Single(await chat.SayAsync("how do i do this without weights?"));

        Assert.Equal(CardKind.None, reply.Kind);
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Texts.Of(host).KitOptional, "bent-over row", "weights"), reply.Text);
        Assert.Equal("bent-over-row", exercise.ExerciseId);
    }

    /// <summary>A plan for the upper back with no kit, which opens with the bent-over row: weights optional, nothing needed.</summary>
    private static async Task<Card> TapToRowWithoutKitAsync(SdkChat chat)
    {
        var plan = (await Journey.TapToPlanAsync(chat, Journey.FullAnswersWith(new { equipment = "", focus = "upperBack", minutes = "10" }))).Single(CardKind.Plan);
        var exercise = (await chat.TapAsync(plan, "Start")).Single(CardKind.SessionExercise);
        Assert.Equal("bent-over-row", exercise.ExerciseId);
        return exercise;
    }
}
