using BackStrength.Bot.Tests.Support;
using BackStrength.Coaching.Exercises;
using static BackStrength.Bot.Tests.Support.QuestionWords;

namespace BackStrength.Bot.Tests;

/// <summary>
/// New users mid-session and at the summary: a bare "wait", a question about form or sides at an exercise, how long the
/// session takes, "done, what's next?" and "what now?" after the summary.
/// </summary>
/// <remarks>
/// From a held-out table on the live bot before any change: 7 of 31 got a satisfying reply. "Wait" and "waiit" got
/// "say done when you've finished"; "how do I keep my back flat on this one?" and "do I have to do both sides?" the same
/// nudge, and "do i switch sides?" swapped the bird dog for a side plank; "how long is this gonna take" the exercise's dose
/// and "how much longer" the plan card; "Done. what's after this one" the plan without recording the done; "what now?"
/// at the summary the session's help card. After: 31 of 31 (the 15 rows of <see cref="Wordings"/> are from it).
/// Run against the code before the fix (without the sides test, which needs the new content field), 34 of these 42
/// cases failed; the 8 that passed are the guards: "wait" said with an answer, "help" and "what next?" after the
/// summary, "a sec", and pain said with a question.
/// </remarks>
public sealed class MidSessionQuestionTests(BotHost host) : IClassFixture<BotHost>
{
    private const string Paused = "take the break you need";
    private const string Nudge = "Say \"done\" when you've finished this one";
    private const string FormAnswered = "own instructions";
    private const string TimeLeft = "minutes are left";
    private const string NextUp = "Next up:";
    private const string WhatNext = "another check-in";

    private static readonly ExerciseLibrary Library = ExerciseLibrary.LoadDefault();

    /// <summary>Where the person is, what they say, words the reply must contain, and words it must not.</summary>
    public static TheoryData<JourneyPlace, string, string, string?> Wordings => new()
    {
        { JourneyPlace.Exercise, "wait", Paused, Nudge },
        { JourneyPlace.Exercise, "waiit", Paused, null },
        { JourneyPlace.Exercise, "wait!", Paused, null },
        { JourneyPlace.Exercise, "a sec", Paused, null },
        // "Wait" said with an answer keeps the answer: the time question takes the minutes, the plan changes its time.
        { JourneyPlace.Minutes, "wait, I only have 10 minutes", FocusQuestion, Paused },
        { JourneyPlace.Plan, "wait, I only have 10 minutes", "about 10 minutes", Paused },
        { JourneyPlace.Exercise, "how do I keep my back flat on this one?", FormAnswered, Nudge },
        { JourneyPlace.Exercise, "do I have to do both sides?", "sides", Nudge },
        { JourneyPlace.Exercise, "do i switch sides?", "sides", "Swapped in" },
        { JourneyPlace.Exercise, "how long is this gonna take", TimeLeft, DoseInALine },
        { JourneyPlace.Exercise, "how much longer", TimeLeft, "Today's plan" },
        { JourneyPlace.Exercise, "Done. what's after this one", NextUp, PlanCard },
        { JourneyPlace.AfterSummary, "what now?", WhatNext, "What you can say" },
        { JourneyPlace.AfterSummary, "what next?", WhatNext, null },
        // Left undone by the first fix and added after: alone, these ask what else there is.
        { JourneyPlace.AfterSummary, "anything else?", WhatNext, null },
        { JourneyPlace.AfterSummary, "what else can i do", WhatNext, null },
        // Asked for by name, the commands still come.
        { JourneyPlace.AfterSummary, "help", "What you can say", null },
    };

    /// <summary>
    /// New wordings written after the first fix, to check it generalises: 13 of 16 at first ("how many minutes left" got
    /// the plan card, "so what happens next" began a new check-in, and "should my knees be bent?" the nudge). After: 15 of
    /// 16; the row's texts say nothing of the knees, so the honest "they don't say" is counted a miss.
    /// </summary>
    public static TheoryData<JourneyPlace, string, string, string?> NewWordings => new()
    {
        { JourneyPlace.Exercise, "wait pls", Paused, null },
        { JourneyPlace.Exercise, "moment", Paused, null },
        { JourneyPlace.Exercise, "wiat", Paused, null },
        // The row's texts said nothing of the knees then ("they don't say", counted a miss); they speak of soft knees now.
        { JourneyPlace.Exercise, "should my knees be bent?", "soft knees", Nudge },
        { JourneyPlace.Exercise, "where do i put my feet", FormAnswered, Nudge },
        { JourneyPlace.Exercise, "is it each side?", "sides", Nudge },
        { JourneyPlace.Exercise, "do i swap legs", "sides", "Swapped in" },
        { JourneyPlace.Exercise, "how many minutes left", TimeLeft, DoseInALine },
        { JourneyPlace.Exercise, "how much time is left in the session?", TimeLeft, null },
        { JourneyPlace.Exercise, "how long will all this take", TimeLeft, null },
        { JourneyPlace.Exercise, "finished. whats next?", NextUp, PlanCard },
        { JourneyPlace.Exercise, "did them! what comes after this?", NextUp, PlanCard },
        { JourneyPlace.AfterSummary, "now what", WhatNext, null },
        { JourneyPlace.AfterSummary, "what should i do now?", WhatNext, null },
        { JourneyPlace.AfterSummary, "so what happens next", WhatNext, null },
        { JourneyPlace.Plan, "how long is this going to take?", "Today's plan takes about", null },
    };

    /// <summary>
    /// A second table of new wordings on the live bot after those fixes: 13 of 21 at first. These rows failed, and got
    /// their answer after small general additions ("wait 1 sec", "one second" alone, "one leg at a time", "what do i do
    /// from here"): 19 of 21. Still missed: "should i feel this in my back?" (the flat-back step) and "anything else?"
    /// at the summary (not understood).
    /// </summary>
    public static TheoryData<JourneyPlace, string, string, string?> FoundInSecondTable => new()
    {
        { JourneyPlace.Exercise, "w8", Paused, null },
        { JourneyPlace.Exercise, "wait 1 sec", Paused, null },
        { JourneyPlace.Exercise, "one second", Paused, null },
        { JourneyPlace.Exercise, "left then right?", "sides", Nudge },
        { JourneyPlace.Exercise, "one leg at a time?", "sides", Nudge },
        { JourneyPlace.AfterSummary, "what do i do from here", WhatNext, null },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    [MemberData(nameof(NewWordings))]
    [MemberData(nameof(FoundInSecondTable))]
    public async Task A_question_mid_session_or_at_the_summary_gets_its_answer(JourneyPlace place, string said, string expected, string? notExpected)
    {
        await JourneyPlaces.SayAtAsync(host, place, said, expected, notExpected);
    }

    [Fact]
    public async Task A_form_question_is_answered_with_a_line_of_the_exercises_own_card()
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Plan);
        var card = (await chat.SayAsync("start")).Single(CardKind.SessionExercise);

        var answer = (await chat.SayAsync("how do I keep my back flat on this one?")).Last.Text;

        Assert.Contains(card.Lines, line => line.Length > 20 && answer.Contains(line.TrimStart('•', ' '), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Both_sides_is_answered_from_how_the_version_on_screen_uses_them()
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Plan);
        var replies = await chat.SayAsync("start");
        var seen = new HashSet<Sides>();
        while (replies.Has(CardKind.SessionExercise))
        {
            var card = replies.Single(CardKind.SessionExercise);
            var version = Library.GetExercise(card.ExerciseId!).Variations.First(variation => variation.Name == card.VariationName);

            var answer = (await chat.SayAsync("do I have to do both sides?")).Last.Text;

            Assert.StartsWith(version.Sides == Sides.Together ? "No need to swap sides" : "Yes, both sides", answer, StringComparison.Ordinal);
            seen.Add(version.Sides);
            replies = await chat.SayAsync("skip");
        }

        Assert.True(seen.Count > 1, $"The plan had only {string.Join(", ", seen)} exercises.");
    }

    [Fact]
    public async Task Done_with_whats_next_records_the_exercise_and_moves_on()
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Exercise);

        var replies = await chat.SayAsync("Done. what's after this one");
        var next = await chat.SayAsync("about right");

        Assert.True(replies.Mention("How did"), replies.ToString());
        Assert.True(next.Mention(SecondExercise), next.ToString());
    }

    [Theory]
    [InlineData("do I have to do both sides? my left side hurts")]
    [InlineData("wait my back hurts")]
    [InlineData("how do I keep my back flat, it hurts")]
    // A change asked for with a milder pain word ("sore" scores below "switch") stopped nothing and swapped the exercise.
    [InlineData("do I switch sides? my left side is sore")]
    [InlineData("switch sides? my back is a bit sore")]
    [InlineData("can we swap this one, my shoulder feels sore")]
    [InlineData("harder please, though my knee is sore")]
    public async Task Pain_said_with_a_question_still_stops_the_exercise(string said)
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Exercise);

        var replies = await chat.SayAsync(said);

        Assert.True(replies.Mention("for now"), $"\"{said}\" got: {replies}");
    }
}
