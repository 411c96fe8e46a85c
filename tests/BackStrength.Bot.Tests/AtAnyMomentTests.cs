using BackStrength.Bot.Tests.Support;
using static BackStrength.Bot.Tests.Support.QuestionWords;

namespace BackStrength.Bot.Tests;

/// <summary>
/// The product's promise, "at any moment the user can ask for an easier or harder variation, swap an exercise, or ask
/// for their session plan, and gets it in the chat as a card", tried at every point of the journey by new users: an
/// office worker with a stiff back who has never used a bot, a Teams user who types tersely with typos, and someone
/// who asks things out of order. Each request gets its card, or, where it cannot apply yet (easier before there is a
/// plan), a clear answer saying what will happen and the waiting question again. Afterwards the usual next answer
/// must still work: nobody loses their place or their answers.
/// </summary>
/// <remarks>
/// The first table was written from trying a running bot as these people before changing any code, as a held-out set.
/// First run, before any fix: 24 of 51 rows passed. The 27 failures by kind: 14 requests for the plan, a look at an
/// exercise or a change in words the phrase lists lacked ("how many to go", "show me everything", "what does it look
/// like", "this is too tricky", "its all a bit much", "give me the hardest version"), which got "say done when you've
/// finished", the question's retry or "I'm not sure what you mean"; 3 questions about the plan ("how many exercizes will
/// there be", "which exercises am i doing") or for the hardest exercises read as a request for the exercise library; 9
/// changes or looks aimed at one exercise of the plan by its place or name ("swap the second one", "make the squat
/// easier", "what does number 3 look like", "swap the next one") that changed the exercise on screen instead, showed an
/// unrelated card, or were refused at the plan; and at "how did that feel?" "can i have an easier one" got only the
/// feeling question again. One row was corrected afterwards: "swap out the squats pls" at the plan expected a swap, but
/// no other exercise for the squat's area fits a plan that already has the hip hinge and the bridge; it now expects the
/// plan card saying so (before the fixes it got the card of an unrelated exercise). After the fixes: 51 of 51.
///
/// The second table (<see cref="FreshRequests"/>) was written after those fixes and run once before any further change:
/// 7 of 15. Its failures: "something more challenging than this" was cancelled as a comparison; "this is above my
/// level", "make it easy on me" and "what's the one after this?" were wordings still missing; "what exercises will I
/// get" and "what does the routine involve" got the exercise library; "show me the first one" at the plan got "say
/// start"; and "can u swap the bridge" expected a swap where, again, the only other exercise for the bridge's area (the
/// squat) is already in the plan: the bot's honest answer, the plan card saying so, was right and the row was corrected.
/// After the fixes ("than this" asks for a change, the missing wordings, "show me the first one" a look): 15 of 15.
/// </remarks>
public sealed class AtAnyMomentTests(BotHost host) : IClassFixture<BotHost>
{
    /// <summary>What the person must see in reply.</summary>
    public enum Outcome
    {
        /// <summary>The plan card.</summary>
        Plan,

        /// <summary>Today's plan is done: said so, with what was done, rather than shown as still to do.</summary>
        PlanDone,

        /// <summary>The plan comes once the questions are answered, said plainly, and the waiting question again.</summary>
        PlanAfterQuestions,

        /// <summary>No plan yet: "say start and I'll put one together".</summary>
        NoPlanYet,

        /// <summary>Nothing to change before there is a plan, said plainly, and the waiting question again.</summary>
        ChangeOnceThereIsAPlan,

        /// <summary>An exercise card with its easier version (or, at the easiest, a gentler exercise for the same area).</summary>
        Easier,

        /// <summary>An exercise card with its harder version, or word that it is already the hardest (for today's answers).</summary>
        Harder,

        /// <summary>An exercise card with another exercise swapped in.</summary>
        Swapped,

        /// <summary>The plan card again, changed: a gentler version in it, and saying so.</summary>
        PlanEasier,

        /// <summary>The plan card again, changed: a harder version in it, and saying so.</summary>
        PlanHarder,

        /// <summary>The plan card again, changed: another exercise swapped in, and saying so.</summary>
        PlanSwapped,

        /// <summary>The plan card again, unchanged, saying there is no other exercise for that area that fits.</summary>
        PlanHasNoSwap,

        /// <summary>An exercise's card showing how it is done, unchanged.</summary>
        ExerciseCard,

        /// <summary>At "how did that feel?": the answer is taken (a request for easier is "too hard") and the next exercise comes.</summary>
        FeelingTaken,
    }

    /// <summary>
    /// First table: where the person is, what they type, and what they must see. None of these wordings is a phrase of
    /// the intent data files or another test. Before any fix: see the class remarks.
    /// </summary>
    public static TheoryData<JourneyPlace, string, Outcome> Requests => new()
    {
        // At the note, before anything is known.
        { JourneyPlace.Disclaimer, "can u show me what the session will be", Outcome.PlanAfterQuestions },
        { JourneyPlace.Disclaimer, "is there a gentler option for people like me", Outcome.ChangeOnceThereIsAPlan },
        { JourneyPlace.Disclaimer, "what does a bird-dog look like?", Outcome.ExerciseCard },

        // The safety check.
        { JourneyPlace.SafetyCheck, "what are we going to be doing today", Outcome.PlanAfterQuestions },
        { JourneyPlace.SafetyCheck, "i want the hardest exercises", Outcome.ChangeOnceThereIsAPlan },
        { JourneyPlace.SafetyCheck, "wat does a side plank involve", Outcome.ExerciseCard },

        // Each check-in question.
        { JourneyPlace.Pain, "how many exercizes will there be", Outcome.PlanAfterQuestions },
        { JourneyPlace.Pain, "can I swap out anything with kneeling", Outcome.ChangeOnceThereIsAPlan },
        { JourneyPlace.PainBelowKnee, "make everything lighter for me", Outcome.ChangeOnceThereIsAPlan },
        { JourneyPlace.PainBelowKnee, "whats the session gonna look like", Outcome.PlanAfterQuestions },
        { JourneyPlace.Experience, "pls just show me the routine first", Outcome.PlanAfterQuestions },
        { JourneyPlace.Experience, "can i see a picture of the squat", Outcome.ExerciseCard },
        { JourneyPlace.Floor, "swop the floor exercises for standing ones", Outcome.ChangeOnceThereIsAPlan },
        { JourneyPlace.Floor, "what's a superman like", Outcome.ExerciseCard },
        { JourneyPlace.Kneeling, "whats coming up after these questions", Outcome.PlanAfterQuestions },
        { JourneyPlace.Kneeling, "could we do a tougher version", Outcome.ChangeOnceThereIsAPlan },
        { JourneyPlace.Equipment, "give me the hardest version", Outcome.ChangeOnceThereIsAPlan },
        { JourneyPlace.Equipment, "how long is the session going to be", Outcome.PlanAfterQuestions },
        { JourneyPlace.Minutes, "wats the plan", Outcome.PlanAfterQuestions },
        { JourneyPlace.Minutes, "can it be less intense", Outcome.ChangeOnceThereIsAPlan },
        { JourneyPlace.Focus, "what does the pallof press look like", Outcome.ExerciseCard },
        { JourneyPlace.Focus, "which exercises am i doing", Outcome.PlanAfterQuestions },

        // The plan: row, hip hinge, squat, bird dog, plank, superman, bridge.
        { JourneyPlace.Plan, "can i swap the second one", Outcome.PlanSwapped },
        { JourneyPlace.Plan, "swap out the squats pls", Outcome.PlanHasNoSwap },
        { JourneyPlace.Plan, "what does number 3 look like", Outcome.ExerciseCard },
        { JourneyPlace.Plan, "can the bird dog be harder", Outcome.PlanHarder },
        { JourneyPlace.Plan, "its all a bit much for me", Outcome.PlanEasier },
        { JourneyPlace.Plan, "how many are there in total", Outcome.Plan },
        { JourneyPlace.Plan, "make the last one easier", Outcome.PlanEasier },

        // Mid-exercise, at the first one (the row).
        { JourneyPlace.Exercise, "this is too tricky", Outcome.Easier },
        { JourneyPlace.Exercise, "can i get a more difficult variation", Outcome.Harder },
        { JourneyPlace.Exercise, "swap this one for somethin else", Outcome.Swapped },
        { JourneyPlace.Exercise, "can we swap the 4th one", Outcome.PlanSwapped },
        { JourneyPlace.Exercise, "whats after this one", Outcome.Plan },
        { JourneyPlace.Exercise, "how many to go", Outcome.Plan },
        { JourneyPlace.Exercise, "show me everything", Outcome.Plan },
        { JourneyPlace.Exercise, "what does it look like", Outcome.ExerciseCard },
        { JourneyPlace.Exercise, "make the squat easier", Outcome.PlanEasier },
        { JourneyPlace.Exercise, "swpa the hip hinge", Outcome.PlanSwapped },

        // At "how did that feel?" after the first one.
        { JourneyPlace.Feeling, "can i have an easier one", Outcome.FeelingTaken },
        { JourneyPlace.Feeling, "how many have I got left", Outcome.Plan },
        { JourneyPlace.Feeling, "swap the next one", Outcome.PlanSwapped },
        { JourneyPlace.Feeling, "what does the next exercise look like", Outcome.ExerciseCard },

        // At "how is your back now?", after the summary, and as a returning person the next day.
        { JourneyPlace.PainAfter, "what did we do today", Outcome.Plan },
        { JourneyPlace.PainAfter, "can you show me the bridge again", Outcome.ExerciseCard },
        { JourneyPlace.AfterSummary, "what was on the plan again", Outcome.PlanDone },
        { JourneyPlace.AfterSummary, "how do you do the supermans", Outcome.ExerciseCard },
        { JourneyPlace.NextDay, "what have I got today", Outcome.NoPlanYet },
        { JourneyPlace.NextDay, "gimme a harder version of the bridge", Outcome.Harder },
        { JourneyPlace.NextDay, "go easier on the bird dog", Outcome.Easier },
        { JourneyPlace.NextDay, "what does the hip hinge look like", Outcome.ExerciseCard },
    };

    /// <summary>
    /// Second table: fresh wordings written after the first table's fixes, never tuned against. First run: see the
    /// remarks of <see cref="AtAnyMomentTests"/>.
    /// </summary>
    public static TheoryData<JourneyPlace, string, Outcome> FreshRequests => new()
    {
        { JourneyPlace.Disclaimer, "what exercises will I get", Outcome.PlanAfterQuestions },
        { JourneyPlace.SafetyCheck, "make it easy on me pls", Outcome.ChangeOnceThereIsAPlan },
        { JourneyPlace.Pain, "what's a bird dog", Outcome.ExerciseCard },
        { JourneyPlace.Experience, "how long will the workout take", Outcome.PlanAfterQuestions },
        { JourneyPlace.Focus, "what does the routine involve", Outcome.PlanAfterQuestions },
        { JourneyPlace.Plan, "swap exercise 5", Outcome.PlanSwapped },
        { JourneyPlace.Plan, "the superman looks too hard for me", Outcome.PlanEasier },
        { JourneyPlace.Plan, "show me the first one", Outcome.ExerciseCard },
        { JourneyPlace.Exercise, "this is above my level", Outcome.Easier },
        { JourneyPlace.Exercise, "need something more challenging than this", Outcome.Harder },
        { JourneyPlace.Exercise, "what's the one after this?", Outcome.Plan },
        { JourneyPlace.Exercise, "can u swap the bridge", Outcome.PlanHasNoSwap },
        { JourneyPlace.Feeling, "whats the plan from here", Outcome.Plan },
        { JourneyPlace.AfterSummary, "could I see the plan one more time", Outcome.PlanDone },
        { JourneyPlace.NextDay, "harder squats pls", Outcome.Harder },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    [MemberData(nameof(FreshRequests))]
    public async Task A_request_gets_its_card_or_a_clear_answer_and_the_person_keeps_their_place(JourneyPlace moment, string said, Outcome outcome)
    {
        var chat = await GoToAsync(moment);

        var replies = await chat.SayAsync(said);

        Assert.True(Shows(replies, moment, outcome), $"At {moment}, \"{said}\" should get {outcome}, but got: {replies}");
        if (outcome != Outcome.FeelingTaken)
        {
            var (answer, next) = NextStep(moment);
            var after = await chat.SayAsync(answer);
            Assert.True(after.Mention(next), $"At {moment}, after \"{said}\", \"{answer}\" should bring \"{next}\", but got: {after}");
        }
    }

    [Fact]
    public async Task Changing_an_exercise_still_to_come_leaves_the_one_on_screen_and_the_change_arrives_in_its_turn()
    {
        var chat = await GoToAsync(JourneyPlace.Exercise);

        var plan = (await chat.SayAsync("make the squat easier")).Single(CardKind.Plan);

        Assert.Contains("chair sit-to-stand", plan.Text, StringComparison.Ordinal);
        Assert.True((await chat.SayAsync("done")).Mention("How did the bent-over row feel"), "The exercise on screen changed.");
        Assert.Equal("Hip hinge", (await chat.SayAsync("about right")).Single(CardKind.SessionExercise).Title);
        await JourneyPlaces.FinishExerciseAsync(chat);
        var squat = (await chat.SayAsync("how do i do this one")).Single(CardKind.SessionExercise);
        Assert.Equal("Chair sit-to-stand", squat.VariationName);
    }

    [Fact]
    public async Task Swap_at_how_did_that_feel_changes_nothing_and_asks_again()
    {
        var chat = await GoToAsync(JourneyPlace.Feeling);

        var replies = await chat.SayAsync("swap it");

        Assert.Equal(Texts.Of(host).SwapAfterExercise, replies[0].Text);
        Assert.True(replies.Mention(Texts.Of(host).FeelingRetry), $"The feeling question was not asked again: {replies}");
        Assert.False(replies.Has(CardKind.SessionExercise), $"An exercise card came while the feeling question waits: {replies}");
        Assert.True((await chat.SayAsync("about right")).Mention(SecondExercise));
    }

    /// <summary>
    /// Found driving a running bot after the second table: before, a name that is not in the plan changed the exercise
    /// on screen instead ("make the side plank easier" made the row easier), and a name after "this for" was taken as the
    /// exercise to change ("swap this for the plank" swapped the plank further down the plan).
    /// </summary>
    [Fact]
    public async Task An_exercise_named_that_is_not_in_the_plan_changes_nothing_and_says_so()
    {
        var chat = await GoToAsync(JourneyPlace.Exercise);

        var replies = await chat.SayAsync("make the side plank easier");

        Assert.Equal(string.Format(System.Globalization.CultureInfo.InvariantCulture, Texts.Of(host).NotInPlan, "side plank"), replies.Single(CardKind.None).Text);
        Assert.True((await chat.SayAsync("done")).Mention("How did the bent-over row feel"), "The exercise on screen changed.");
    }

    [Fact]
    public async Task Swapping_this_for_a_named_exercise_swaps_the_one_on_screen()
    {
        var chat = await GoToAsync(JourneyPlace.Exercise);

        var replies = await chat.SayAsync("swap this for the plank");

        Assert.Equal("Exercise 1 of 7", replies.Single(CardKind.SessionExercise).Lines[0]);
        Assert.False(replies.Has(CardKind.Plan), $"Another exercise of the plan was changed: {replies}");
    }

    private bool Shows(Replies replies, JourneyPlace moment, Outcome outcome)
    {
        var texts = Texts.Of(host);
        var exercise = replies.FirstOrDefault(card => card.Kind is CardKind.SessionExercise or CardKind.LookedUpExercise);
        var plan = replies.FirstOrDefault(card => card.Kind == CardKind.Plan);
        return outcome switch
        {
            Outcome.Plan => plan is not null,
            Outcome.PlanAfterQuestions => replies.Mention(texts.PlanAfterQuestions) && AsksAgain(replies, moment),
            Outcome.NoPlanYet => replies.Mention(texts.NoPlanYet),
            Outcome.ChangeOnceThereIsAPlan => replies.Mention(texts.NoExerciseYet) && AsksAgain(replies, moment),
            Outcome.Easier => exercise?.ChangeNote is { } easier
                && (easier.Contains("Easier version", StringComparison.Ordinal) || replies.Mention("already the easiest")),
            Outcome.Harder => exercise?.ChangeNote?.Contains("Harder version", StringComparison.Ordinal) == true || replies.Mention("already the hardest")
                || replies.Mention("the hardest one for today"),
            Outcome.PlanDone => plan is null && replies.Mention(texts.PlanDoneTitle),
            Outcome.Swapped => exercise?.ChangeNote?.Contains("Swapped in", StringComparison.Ordinal) == true,
            Outcome.PlanEasier => plan is not null && (plan.Text.Contains("easier", StringComparison.OrdinalIgnoreCase) || plan.Text == texts.PlanMadeEasier),
            Outcome.PlanHarder => plan is not null && plan.Text.Contains("harder", StringComparison.OrdinalIgnoreCase),
            Outcome.PlanSwapped => plan is not null && plan.Text.Contains("swapped", StringComparison.OrdinalIgnoreCase),
            Outcome.PlanHasNoSwap => plan?.Text == texts.NoSwapAvailable,
            Outcome.ExerciseCard => exercise is not null && exercise.ChangeNote is null,
            Outcome.FeelingTaken => replies.Mention(SecondExercise),
            _ => false,
        };
    }

    /// <summary>Whether the replies ask the question waiting at <paramref name="moment"/> again.</summary>
    private static bool AsksAgain(Replies replies, JourneyPlace moment) => replies.Mention(moment switch
    {
        JourneyPlace.Disclaimer => "accept",
        JourneyPlace.SafetyCheck => SafetyQuestion,
        JourneyPlace.Pain => PainQuestion,
        JourneyPlace.PainBelowKnee => BelowKneeQuestion,
        JourneyPlace.Experience => ExperienceQuestion,
        JourneyPlace.Floor => FloorQuestion,
        JourneyPlace.Kneeling => KneelingQuestion,
        JourneyPlace.Equipment => EquipmentQuestion,
        JourneyPlace.Minutes => MinutesQuestion,
        JourneyPlace.Focus => FocusQuestion,
        _ => throw new ArgumentOutOfRangeException(nameof(moment), moment, "No check-in question waits here."),
    });

    /// <summary>The usual next answer at <paramref name="moment"/>, and words of what it brings.</summary>
    private static (string Answer, string Brings) NextStep(JourneyPlace moment) => moment switch
    {
        JourneyPlace.Disclaimer => ("yes", SafetyQuestion),
        JourneyPlace.SafetyCheck => ("no", PainQuestion),
        JourneyPlace.Pain => ("3", BelowKneeQuestion),
        JourneyPlace.PainBelowKnee => ("no", ExperienceQuestion),
        JourneyPlace.Experience => ("some experience", FloorQuestion),
        JourneyPlace.Floor => ("yes", KneelingQuestion),
        JourneyPlace.Kneeling => ("yes", EquipmentQuestion),
        JourneyPlace.Equipment => ("a chair", MinutesQuestion),
        JourneyPlace.Minutes => ("20", FocusQuestion),
        JourneyPlace.Focus => ("lower back", PlanCard),
        JourneyPlace.Plan => ("start", FirstExercise),
        JourneyPlace.Exercise => ("done", "How did"),
        JourneyPlace.Feeling => ("about right", SecondExercise),
        JourneyPlace.PainAfter => ("2", "Session complete"),
        _ => ("start", SafetyQuestion),
    };

    private async Task<Chat> GoToAsync(JourneyPlace moment)
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, moment == JourneyPlace.NextDay ? JourneyPlace.AfterSummary : moment);
        return moment == JourneyPlace.NextDay ? chat.NewConversation() : chat;
    }
}
