using BackStrength.Bot.Tests.Support;
using static BackStrength.Bot.Tests.Support.QuestionWords;

namespace BackStrength.Bot.Tests;

/// <summary>
/// Brand-new users in their own words, wherever they happen to be in the journey: a non-native speaker ("no have
/// equipments"), a terse mobile user ("k", "nxt", "👍"), someone who jumps around ("go back", "skip this question"),
/// someone who answers in round numbers ("10ish") and someone who asks what the bot cannot answer ("can I do this
/// pregnant?"). Each message must get the next step or a helpful answer, never a wrong answer taken or a dead end.
/// </summary>
/// <remarks>
/// The table was written from trying the bot as these people before changing any code, as a held-out set. First run,
/// before any fix: 17 of 47 rows passed (30 failed: 7 questions it cannot answer, 8 skips, 7 yes-words and emoji at
/// the plan, the yes/no questions and the feeling card, 1 plain "none" at the safety check, 3 "go back", 2 soreness
/// said while starting; "10 minut" was taken as pain 10 and "i am beginer" as a request for an easier exercise). One row was corrected afterwards: "skip this question" at the
/// experience question listed "new to exercise" among the words the reply must not contain, where it meant must; the
/// row failed for its own reason too (the question was asked again). After the fixes: 47 of 47.
/// </remarks>
public sealed class NewUserWordingTests(BotHost host) : IClassFixture<BotHost>
{
    // What the bot shows next, as words the reply must contain.
    private const string FeelingQuestion = "How did";
    private const string CannotAnswer = "not something I can answer";
    private const string HowOftenAnswer = "a good rhythm";
    private const string NeedsAnswer = "I need";

    /// <summary>Where the person is, what they say, words the reply must contain, and words it must not.</summary>
    public static TheoryData<JourneyPlace, string, string, string?> Wordings => new()
    {
        // A non-native speaker.
        { JourneyPlace.Pain, "i am have pain little, 3", BelowKneeQuestion, null },
        { JourneyPlace.Pain, "10 minut", PainQuestion, BelowKneeQuestion },
        { JourneyPlace.Pain, "i am beginer", PainQuestion, "no exercise to change" },
        { JourneyPlace.Experience, "beginer", FloorQuestion, null },
        { JourneyPlace.Floor, "yes i can", KneelingQuestion, null },
        { JourneyPlace.Equipment, "no have equipments", MinutesQuestion, null },
        { JourneyPlace.Minutes, "10 minut", FocusQuestion, null },
        { JourneyPlace.SafetyCheck, "i dont have any of these", PainQuestion, null },
        { JourneyPlace.Plan, "ok go", FirstExercise, null },
        { JourneyPlace.Plan, "yes please", FirstExercise, null },

        // A terse mobile user.
        { JourneyPlace.Disclaimer, "y", SafetyQuestion, null },
        { JourneyPlace.Disclaimer, "👍", SafetyQuestion, null },
        { JourneyPlace.Floor, "👍", KneelingQuestion, null },
        { JourneyPlace.Kneeling, "👎", "to hand", null },
        { JourneyPlace.Plan, "k lets go", FirstExercise, null },
        { JourneyPlace.Plan, "👍", FirstExercise, null },
        { JourneyPlace.Exercise, "nxt", FeelingQuestion, null },
        { JourneyPlace.Feeling, "k", SecondExercise, null },
        { JourneyPlace.Feeling, "👍", SecondExercise, null },

        // Someone who jumps around.
        { JourneyPlace.NothingYet, "harder", "start", null },
        { JourneyPlace.Pain, "plan?", PainQuestion, null },
        { JourneyPlace.PainBelowKnee, "go back", PainQuestion, null },
        { JourneyPlace.Experience, "undo", BelowKneeQuestion, null },
        { JourneyPlace.Floor, "previous question", ExperienceQuestion, null },
        { JourneyPlace.PainBelowKnee, "start over", SafetyQuestion, null },

        // Someone who would rather not answer.
        { JourneyPlace.Experience, "skip this question", FloorQuestion, null },
        { JourneyPlace.Floor, "skip", KneelingQuestion, null },
        { JourneyPlace.Equipment, "rather not say", MinutesQuestion, null },
        { JourneyPlace.Minutes, "pass", FocusQuestion, null },
        { JourneyPlace.Focus, "skip", PlanCard, null },
        { JourneyPlace.Pain, "skip", NeedsAnswer, null },
        { JourneyPlace.PainBelowKnee, "prefer not to say", NeedsAnswer, null },
        { JourneyPlace.SafetyCheck, "skip", NeedsAnswer, null },

        // Numbers as words, rough numbers and emoji.
        { JourneyPlace.Pain, "about five", BelowKneeQuestion, null },
        { JourneyPlace.Pain, "5ish", BelowKneeQuestion, null },
        { JourneyPlace.Pain, "😣 like 6", BelowKneeQuestion, null },
        { JourneyPlace.Minutes, "10ish", FocusQuestion, null },
        { JourneyPlace.Minutes, "twenty-ish", FocusQuestion, null },

        // Questions the bot cannot answer.
        // Pregnancy is a warning sign of the safety screen: its own advice (ask the midwife first) outranks the general answer.
        { JourneyPlace.NothingYet, "can I do this pregnant?", "midwife", null },
        { JourneyPlace.NothingYet, "is this good for sciatica?", CannotAnswer, null },
        { JourneyPlace.NothingYet, "how many calories?", CannotAnswer, null },
        { JourneyPlace.SafetyCheck, "can I do this if I'm pregnant?", "midwife", "Which of these" },
        { JourneyPlace.Pain, "should I take ibuprofen?", CannotAnswer, null },
        { JourneyPlace.Exercise, "will this fix my back?", CannotAnswer, null },
        { JourneyPlace.Plan, "is it safe with a herniated disc?", CannotAnswer, null },

        // Mild soreness said while starting.
        { JourneyPlace.Plan, "my back is a bit sore but let's start", FirstExercise, null },
        { JourneyPlace.Plan, "it hurts a bit but start", FirstExercise, null },
        { JourneyPlace.Plan, "back's a little achy but ok let's go", FirstExercise, null },
    };

    /// <summary>
    /// Found trying the bot again after the first fixes, with the same people; every row failed on the build of those
    /// fixes ("helo" got the help card rather than the welcome, "no is hurting" the list of warning signs again and
    /// again, "harder" at the plan "there's no exercise on screen" under the plan card). After: 8 of 8.
    /// </summary>
    public static TheoryData<JourneyPlace, string, string, string?> FoundInSecondPass => new()
    {
        { JourneyPlace.NothingYet, "helo", "accept", null },
        { JourneyPlace.SafetyCheck, "nothing of this", PainQuestion, null },
        { JourneyPlace.WhichWarningSign, "no is hurting", SafetyQuestion, "Which one applies" },
        { JourneyPlace.Plan, "yes we go", FirstExercise, null },
        { JourneyPlace.Plan, "harder", "up a level", "no exercise on screen" },
        { JourneyPlace.Plan, "swap", "once we've started", "no exercise on screen" },
        { JourneyPlace.Plan, "go back", PainQuestion, null },
        { JourneyPlace.Plan, "change my answers", PainQuestion, null },
    };

    /// <summary>
    /// Found in later passes (the third to the ninth), each block with what it got before. The first four rows are the
    /// third pass, as a returning user: "is it ok to do this every day?" and "can I do this at work?" were read as a
    /// yes to a warning sign ("ok", "can") and got "which of these is it?" and the list again and again, and "how long
    /// until I feel better?" only "I didn't catch that". Before: 4 of 29 (two third-pass rows, and the two rows that
    /// guard against a fix going too far: "back" at the focus question and a partial denial at the safety check).
    /// After: 29 of 29.
    /// </summary>
    public static TheoryData<JourneyPlace, string, string, string?> FoundInLaterPasses => new()
    {
        { JourneyPlace.SafetyCheck, "is it ok to do this every day?", HowOftenAnswer, "Which of these" },
        { JourneyPlace.SafetyCheck, "how long until I feel better?", CannotAnswer, "Which of these" },
        { JourneyPlace.SafetyCheck, "can I do this at work?", SafetyQuestion, "Which of these" },
        { JourneyPlace.SafetyCheck, "what about my neck?", SafetyQuestion, "Which of these" },

        // Fourth pass: before, a pain of 10 was taken (and a gentle plan followed).
        { JourneyPlace.Pain, "10ish mins", PainQuestion, BelowKneeQuestion },

        // Fifth pass, coming back the next day mid-questions: before, "good morning" showed the hip hinge (its other
        // name) and "hi" or "start" got only "please answer yes or no".
        { JourneyPlace.PainBelowKnee, "good morning", "partway through", "Hip hinge" },
        { JourneyPlace.PainBelowKnee, "hi", "partway through", null },
        { JourneyPlace.Experience, "start", "partway through", null },
        { JourneyPlace.SafetyCheck, "hello again", "partway through", null },
        { JourneyPlace.Exercise, "good morning", "partway through a session", "Hip hinge" },
        { JourneyPlace.NothingYet, "how do I do a good morning?", "Hip hinge", null },

        // Tenth pass, at the plan: before, "too long" got "say start", and "ok fine lets do it" after "shorter pls" got
        // "pick 5, 10, 20 or 30 minutes" whatever was said but a number.
        { JourneyPlace.Plan, "too long", "How many minutes", null },
        { JourneyPlace.PlanNewTime, "ok fine lets do it", FirstExercise, null },

        // Sixth pass, questions mid-exercise: before, each got only "say done when you've finished this one".
        { JourneyPlace.Exercise, "am I doing it right?", FirstExercise, null },
        { JourneyPlace.Exercise, "how many reps?", DoseInALine, null },
        // What it works, and where it is felt, come from its content now rather than the whole card again or a refusal.
        { JourneyPlace.Exercise, "what muscles does this work?", "muscles you should feel working", null },
        { JourneyPlace.Exercise, "how long do i hold it", DoseInALine, null },
        { JourneyPlace.Exercise, "how much rest between sets?", DoseInALine, null },
        { JourneyPlace.Exercise, "is it normal to feel it in my legs?", "muscles you should feel working", CannotAnswer },
        { JourneyPlace.Exercise, "my knee clicks, is that bad?", CannotAnswer, null },

        // Seventh pass, saying no to the safety check in full sentences: before, each got "I didn't catch that".
        { JourneyPlace.SafetyCheck, "nope none of that", PainQuestion, null },
        { JourneyPlace.SafetyCheck, "no to everything", PainQuestion, null },
        { JourneyPlace.SafetyCheck, "no, none of those apply to me", PainQuestion, null },
        { JourneyPlace.SafetyCheck, "everything is fine", PainQuestion, null },

        // "Back" answers "anything you'd like to focus on?" too vaguely to pick one, but it is no request to go back.
        { JourneyPlace.Focus, "back", FocusQuestion, MinutesQuestion },

        // Not every warning sign denied: the check is asked again, as before.
        { JourneyPlace.SafetyCheck, "no bladder problems, no numbness, legs fine", SafetyQuestion, PainQuestion },

        // Eighth pass, how an exercise felt in a word: before, each got "was it too easy, about right, or too hard?".
        { JourneyPlace.Feeling, "so-so", SecondExercise, null },
        { JourneyPlace.Feeling, "medium", SecondExercise, null },
        { JourneyPlace.Feeling, "normal", SecondExercise, null },

        // Ninth pass, yes misspelt: before, "please answer yes or no" and "say start".
        { JourneyPlace.Disclaimer, "okey", SafetyQuestion, null },
        { JourneyPlace.Disclaimer, "yess", SafetyQuestion, null },
        { JourneyPlace.Plan, "okey", FirstExercise, null },

    };

    [Theory]
    [MemberData(nameof(Wordings))]
    [MemberData(nameof(FoundInSecondPass))]
    [MemberData(nameof(FoundInLaterPasses))]
    [MemberData(nameof(RoundNineWordings.Wordings), MemberType = typeof(RoundNineWordings))]
    [MemberData(nameof(RoundNineWordings.FoundInSecondPass), MemberType = typeof(RoundNineWordings))]
    [MemberData(nameof(RoundNineWordings.FoundInThirdPass), MemberType = typeof(RoundNineWordings))]
    [MemberData(nameof(RoundNineWordings.FoundInFourthPass), MemberType = typeof(RoundNineWordings))]
    public async Task A_new_users_wording_gets_the_next_step_or_a_helpful_answer(JourneyPlace place, string said, string expected, string? notExpected)
    {
        await JourneyPlaces.SayAtAsync(host, place, said, expected, notExpected);
    }

    [Theory]
    [InlineData("my back is a bit sore but let's start")]
    [InlineData("it hurts a bit but start")]
    [InlineData("back's a little achy but ok let's go")]
    public async Task Soreness_said_while_starting_is_acknowledged_before_the_first_exercise(string said)
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Plan);

        var replies = await chat.SayAsync(said);

        Assert.Contains("comfortable", replies[0].Text, StringComparison.Ordinal);
        replies.Single(CardKind.SessionExercise);
    }

    [Theory]
    [InlineData("my back really hurts but let's start")]
    [InlineData("it's agony but ok let's go")]
    public async Task Pain_said_while_starting_that_is_not_mild_is_acknowledged_and_the_choice_to_rest_left_open(string said)
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Plan);

        var replies = await chat.SayAsync(said);

        Assert.Equal(Texts.Of(host).PainOutsideExercise, replies[0].Text);
        Assert.False(replies.Has(CardKind.SessionExercise), $"The session started despite the pain: {replies}");
        (await chat.SayAsync("start")).Single(CardKind.SessionExercise);
    }

    [Theory]
    [InlineData(JourneyPlace.Plan, "start over, my back is a bit sore")]
    [InlineData(JourneyPlace.Experience, "ugh my back is sore, start over")]
    public async Task Starting_over_with_a_sore_back_starts_over_without_flooding_the_chat(JourneyPlace place, string said)
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, place);

        var replies = await chat.SayAsync(said);

        replies.Single(CardKind.SafetyCheck);
    }

    [Fact]
    public async Task A_red_flag_said_with_mild_soreness_while_starting_stops_everything()
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Plan);

        var replies = await chat.SayAsync("bit sore but let's start, I've got numbness in my groin");

        replies.Single(CardKind.SafetyStop);
        Assert.False(replies.Has(CardKind.SessionExercise), $"The session started despite a red flag: {replies}");
    }

    [Fact]
    public async Task A_question_about_safety_that_says_it_hurts_mid_exercise_stops_the_exercise()
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Exercise);

        var replies = await chat.SayAsync("is it safe to carry on if it hurts?");

        replies.Single(CardKind.PainAdvice);
    }

    [Fact]
    public async Task Going_back_at_the_plan_asks_every_question_again_and_builds_a_new_plan()
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Plan);

        var assessment = (await chat.SayAsync("go back")).Single(CardKind.Assessment);
        var answers = Newtonsoft.Json.Linq.JObject.FromObject(Journey.FullAnswers);
        answers["minutes"] = "5";
        var plan = (await chat.TapAsync(assessment, "Build my plan", answers)).Single(CardKind.Plan);

        Assert.Equal((await Journey.TapToPlanAsync(new SdkChat(host), answers)).Single(CardKind.Plan).AllText, plan.AllText);
        (await chat.SayAsync("start")).Single(CardKind.SessionExercise);
    }

    [Fact]
    public async Task Harder_at_the_next_safety_check_does_not_change_the_last_exercise_of_an_earlier_session()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync((await chat.TapAsync(first, "Done")).Single(CardKind.Feeling), "About right");
        await chat.SayAsync("stop");
        await chat.SayAsync("skip");
        await chat.SayAsync("start");

        var replies = await chat.SayAsync("harder");

        Assert.Equal(Texts.Of(host).NoExerciseYet, replies[0].Text);
        Assert.False(replies.Has(CardKind.SessionExercise) || replies.Has(CardKind.LookedUpExercise), $"An exercise was changed: {replies}");
    }

    [Theory]
    [InlineData("about the same")]
    [InlineData("same as before")]
    public async Task About_the_same_after_the_session_is_the_pain_score_given_before_it(string said)
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);

        var summary = await Sessions.CompleteAsync(chat, await chat.TapAsync(plan, "Start"), _ => chat.SayAsync("done"), _ => chat.SayAsync("about right"),
            painAfter: said);

        Assert.DoesNotContain(Texts.Of(host).PainRoseNote, summary.AllText, StringComparison.Ordinal);
        var profile = (await Sessions.SavedProfileAsync(host, chat))!["UserProfile"]!.ToObject<BackStrength.Bot.State.UserProfile>()!;
        Assert.All(profile.History[0].Entries, entry => Assert.Equal(3, entry.PainAfter));
    }

    /// <summary>
    /// Found in a fourth pass, giving the pain as a range: before, "7 or 8", "7-8" and "between 7 and 8" were a 7, a
    /// full plan where an 8 gets a gentle one. A range now scores its higher end, the careful reading.
    /// </summary>
    [Theory]
    [InlineData("7 or 8")]
    [InlineData("between 7 and 8")]
    [InlineData("7-8")]
    public async Task A_pain_given_as_a_range_gets_the_plan_of_its_higher_end(string said)
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Pain);

        await chat.SayAsync(said);
        foreach (var answer in new[] { "no", "some experience", "yes", "yes", "a chair", "20" })
        {
            await chat.SayAsync(answer);
        }

        var plan = (await chat.SayAsync("lower back")).Single(CardKind.Plan);
        var answers = Newtonsoft.Json.Linq.JObject.FromObject(Journey.FullAnswers);
        answers["painNow"] = "8";
        Assert.Equal((await Journey.TapToPlanAsync(new SdkChat(host), answers)).Single(CardKind.Plan).AllText, plan.AllText);
    }
}
