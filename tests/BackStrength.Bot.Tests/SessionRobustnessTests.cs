using System.Globalization;
using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// A held-out table of what people type during a guided session and after it, and what the bot must then do.
/// Safety first: feeling unwell during an exercise stops it with advice, never counts as "done" or "harder".
/// </summary>
public sealed class SessionRobustnessTests(BotHost host) : IClassFixture<BotHost>
{
    /// <summary>What the person should see after saying the message.</summary>
    public enum Outcome
    {
        /// <summary>The exercise stops with advice; nothing is recorded as done.</summary>
        StopsWithAdvice,

        /// <summary>Feeling unwell: the exercise stops with advice, after saying what to do right now.</summary>
        StopsSayingWhatToDoNow,

        /// <summary>The session waits on the same exercise (no summary, nothing skipped) and says so, not "say done...".</summary>
        WaitsOnSameExercise,

        /// <summary>The same exercise's card again, unchanged.</summary>
        ShowsExerciseAgain,

        /// <summary>A line of the exercise on screen's own instructions ("From the bent-over row's own instructions: ..."), the session waiting on it.</summary>
        AnswersFromItsInstructions,

        /// <summary>The dose of the exercise on screen in a line ("Bird dog: 2 × 8 each side..."), the session waiting on it.</summary>
        SaysTheDose,

        /// <summary>
        /// The exercise on screen stays, said to work without the kit it only uses if at hand (the row's weight); kit an
        /// exercise needs swaps it, see <see cref="InSessionGapsTests"/>.
        /// </summary>
        KeepsItWithoutKit,

        /// <summary>"How did that feel?" for the exercise on screen.</summary>
        AsksHowItFelt,

        /// <summary>The next exercise in the plan.</summary>
        NextExercise,

        /// <summary>The summary card.</summary>
        Summary,

        /// <summary>The pain question again, as a comparison with the score from the start; a number then gives the summary.</summary>
        AsksNumberAgainstTheStart,

        /// <summary>A new check-in begins, with the safety check.</summary>
        BeginsCheckIn,

        /// <summary>The bot offers to remind the person, asking when.</summary>
        OffersReminder,

        /// <summary>A "you're welcome" and nothing else: no check-in, no "not sure what you mean".</summary>
        Welcomed,

        /// <summary>A goodbye back, not "okay, stopped".</summary>
        SaysGoodbye,
    }

    public static TheoryData<string, Outcome> AtTheExercise => new()
    {
        { "I'm dizzy", Outcome.StopsSayingWhatToDoNow },
        { "feeling a bit lightheaded", Outcome.StopsSayingWhatToDoNow },
        { "I feel sick", Outcome.StopsSayingWhatToDoNow },
        { "my wrist hurts", Outcome.StopsWithAdvice },
        { "felt a pop", Outcome.StopsWithAdvice },
        { "I'm out of breath", Outcome.StopsSayingWhatToDoNow },
        { "my chest feels tight", Outcome.StopsSayingWhatToDoNow },
        { "I don't have a weight after all", Outcome.KeepsItWithoutKit },
        { "oh no bottle here", Outcome.KeepsItWithoutKit },
        { "pause, brb", Outcome.WaitsOnSameExercise },
        { "brb", Outcome.WaitsOnSameExercise },
        { "hold on a sec", Outcome.WaitsOnSameExercise },
        { "I need a quick break", Outcome.WaitsOnSameExercise },
        { "how many reps again?", Outcome.SaysTheDose },
        { "repeat that", Outcome.ShowsExerciseAgain },
        { "which side first?", Outcome.ShowsExerciseAgain },
        // A part of the body named: the line of the card that speaks of it, rather than the whole card again.
        { "where should my hands go", Outcome.AnswersFromItsInstructions },
        { "when do I breathe?", Outcome.ShowsExerciseAgain },
        { "ok I'm back", Outcome.ShowsExerciseAgain },
        { "done with all of them", Outcome.AsksHowItFelt },
        { "next", Outcome.AsksHowItFelt },
        { "skip this one it's boring", Outcome.NextExercise },
    };

    public static TheoryData<string, Outcome> AtHowItFelt => new()
    {
        { "that was too much", Outcome.NextExercise },
        { "I'm dizzy now", Outcome.StopsSayingWhatToDoNow },
    };

    public static TheoryData<string, Outcome> AtHowIsYourBackNow => new()
    {
        { "4/10", Outcome.Summary },
        { "four", Outcome.Summary },
        { "same-ish", Outcome.Summary },
        { "roughly the same", Outcome.Summary },
        { "better", Outcome.AsksNumberAgainstTheStart },
        { "a bit worse", Outcome.AsksNumberAgainstTheStart },
        { "much better thanks", Outcome.AsksNumberAgainstTheStart },
        { "it's a little worse tbh", Outcome.AsksNumberAgainstTheStart },
    };

    public static TheoryData<string, Outcome> AfterTheSummary => new()
    {
        { "again", Outcome.BeginsCheckIn },
        { "one more", Outcome.BeginsCheckIn },
        { "let's go again", Outcome.BeginsCheckIn },
        { "when should I do this next?", Outcome.OffersReminder },
        { "that was great", Outcome.Welcomed },
        { "really enjoyed that", Outcome.Welcomed },
        { "bye", Outcome.SaysGoodbye },
        { "ok see you tomorrow", Outcome.SaysGoodbye },
    };

    public static TheoryData<string, Outcome> ReturningNextTime => new()
    {
        { "hi", Outcome.BeginsCheckIn },
        { "just 5 min today", Outcome.BeginsCheckIn },
        { "my back is worse than last time", Outcome.BeginsCheckIn },
    };

    [Theory]
    [MemberData(nameof(AtTheExercise))]
    public async Task Said_at_an_exercise(string message, Outcome expected)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        await AssertOutcomeAsync(chat, first, await chat.SayAsync(message), expected);
    }

    [Theory]
    [MemberData(nameof(AtHowItFelt))]
    public async Task Said_at_how_did_that_feel(string message, Outcome expected)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync(first, "Done");

        await AssertOutcomeAsync(chat, first, await chat.SayAsync(message), expected);
    }

    [Theory]
    [MemberData(nameof(AtHowIsYourBackNow))]
    public async Task Said_at_how_is_your_back_now(string message, Outcome expected)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await FinishAllButThePainQuestionAsync(chat, first);

        await AssertOutcomeAsync(chat, first, await chat.SayAsync(message), expected);
    }

    [Theory]
    [MemberData(nameof(AfterTheSummary))]
    public async Task Said_after_the_summary(string message, Outcome expected)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await FinishAllButThePainQuestionAsync(chat, first);
        (await chat.SayAsync("2")).Single(CardKind.Summary);

        await AssertOutcomeAsync(chat, first, await chat.SayAsync(message), expected);
    }

    [Theory]
    [MemberData(nameof(ReturningNextTime))]
    public async Task Said_first_by_a_returning_person(string message, Outcome expected)
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await FinishAllButThePainQuestionAsync(chat, first);
        (await chat.SayAsync("2")).Single(CardKind.Summary);
        var later = chat.NewConversation();

        await AssertOutcomeAsync(later, first, await later.SayAsync(message), expected);
    }

    [Fact]
    public async Task After_a_pause_the_exercise_is_still_the_one_to_finish()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.SayAsync("brb, need a break");

        var feeling = (await chat.SayAsync("done")).Single(CardKind.Feeling);

        Assert.Equal(first.ExerciseId, feeling.ExerciseId);
    }

    private static async Task FinishAllButThePainQuestionAsync(Chat chat, Card first)
    {
        var replies = new Replies([first.Activity]);
        for (var exercises = 0; replies.Has(CardKind.SessionExercise); exercises++)
        {
            Assert.True(exercises < 20, "The session never ended.");
            var feeling = (await chat.TapAsync(replies.Single(CardKind.SessionExercise), "Done")).Single(CardKind.Feeling);
            replies = await chat.TapAsync(feeling, "About right");
        }

        Assert.True(replies.Mention("how is your back now"), $"The pain question was not asked: {replies}");
    }

    private async Task AssertOutcomeAsync(Chat chat, Card first, Replies replies, Outcome expected)
    {
        switch (expected)
        {
            case Outcome.StopsWithAdvice or Outcome.StopsSayingWhatToDoNow:
                replies.Single(CardKind.PainAdvice);
                Assert.False(replies.Has(CardKind.Feeling) || replies.Has(CardKind.SessionExercise), $"The session carried on: {replies}");
                Assert.Equal(expected == Outcome.StopsSayingWhatToDoNow, replies.Any(card => card.Text == Texts.Of(host).UnwellDuringExercise));
                break;
            case Outcome.WaitsOnSameExercise:
                Assert.False(replies.Has(CardKind.Summary) || replies.Has(CardKind.SessionExercise), $"The session moved: {replies}");
                Assert.DoesNotContain(replies, card => card.Text == Texts.Of(host).SessionActionRetry);
                Assert.DoesNotContain(replies, card => card.Text == Texts.Of(host).SessionEndedEarly);
                Assert.Equal(first.ExerciseId, (await chat.SayAsync("done")).Single(CardKind.Feeling).ExerciseId);
                break;
            case Outcome.ShowsExerciseAgain:
                var again = replies.Single(CardKind.SessionExercise);
                Assert.Equal(first.Lines[0], again.Lines[0]);
                Assert.Equal(first.Title, again.Title);
                Assert.Null(again.ChangeNote);
                break;
            case Outcome.AnswersFromItsInstructions:
                Assert.Contains("own instructions", Assert.Single(replies).Text, StringComparison.Ordinal);
                Assert.Equal(first.ExerciseId, (await chat.SayAsync("done")).Single(CardKind.Feeling).ExerciseId);
                break;
            case Outcome.SaysTheDose:
                Assert.StartsWith($"{first.VariationName}: ", Assert.Single(replies).Text, StringComparison.Ordinal);
                Assert.Equal(first.ExerciseId, (await chat.SayAsync("done")).Single(CardKind.Feeling).ExerciseId);
                break;
            case Outcome.KeepsItWithoutKit:
                Assert.False(replies.Has(CardKind.SessionExercise), $"The exercise was swapped: {replies}");
                Assert.True(replies.Mention("without"), $"Nothing said it works without the kit: {replies}");
                Assert.Equal(first.ExerciseId, (await chat.SayAsync("done")).Single(CardKind.Feeling).ExerciseId);
                break;
            case Outcome.AsksHowItFelt:
                Assert.Equal(first.ExerciseId, replies.Single(CardKind.Feeling).ExerciseId);
                break;
            case Outcome.NextExercise:
                Assert.StartsWith("Exercise 2 of ", replies.Single(CardKind.SessionExercise).Lines[0], StringComparison.Ordinal);
                break;
            case Outcome.Summary:
                replies.Single(CardKind.Summary);
                break;
            case Outcome.AsksNumberAgainstTheStart:
                // The assessment card gave 3 as the pain at the start.
                Assert.Equal(string.Format(CultureInfo.InvariantCulture, Texts.Of(host).PainAfterCompared, 3), replies.Last.Text);
                (await chat.SayAsync("2")).Single(CardKind.Summary);
                break;
            case Outcome.BeginsCheckIn:
                replies.Single(CardKind.SafetyCheck);
                break;
            case Outcome.OffersReminder:
                Assert.True(replies.Mention("nudge"), $"No reminder was offered: {replies}");
                Assert.False(replies.Has(CardKind.SafetyCheck), $"A check-in began: {replies}");
                break;
            case Outcome.SaysGoodbye:
                Assert.Equal(Texts.Of(host).Goodbye, Assert.Single(replies).Text);
                break;
            case Outcome.Welcomed:
                Assert.Equal(Texts.Of(host).Thanks, Assert.Single(replies).Text);
                break;
        }
    }
}
