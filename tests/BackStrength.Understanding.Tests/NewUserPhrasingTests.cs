namespace BackStrength.Understanding.Tests;

/// <summary>
/// Wordings of brand-new users that the bot tripped over: questions only a clinician can answer, a check-in
/// question left unanswered, misspelt units of time, thumbs up and down, and two things said in one message.
/// </summary>
public class NewUserPhrasingTests
{
    private static IntentRecognizer Recognizer => ExerciseLibraryNames.Recognizer;

    [Theory]
    [InlineData("can I do this pregnant?")]
    [InlineData("I'm pregnant, is that ok?")]
    [InlineData("is this good for sciatica?")]
    [InlineData("is it safe with a herniated disc?")]
    [InlineData("are these exercises ok for arthritis")]
    [InlineData("how many calories does this burn?")]
    [InlineData("should I take ibuprofen?")]
    [InlineData("will this fix my back?")]
    [InlineData("can i do this if i had surgery last year")]
    [InlineData("is it safe")]
    [InlineData("is it normal to feel it in my legs?")]
    [InlineData("my knee clicks, is that bad?")]
    [InlineData("should I be worried?")]
    [InlineData("how long until I feel better?")]
    [InlineData("will this help my back?")]
    [InlineData("is the squat safe for my knees")]
    [InlineData("are bird dogs ok with a bad shoulder?")]
    [InlineData("is the plank bad for my neck")]
    public void A_question_only_a_clinician_can_answer_is_out_of_scope(string text)
    {
        Assert.Equal(Intent.OutOfScope, Recognizer.Recognize(text).Intent);
    }

    /// <remarks>These used to be out of scope, so the bot that says "two or three short sessions a week add up" at the summary
    /// answered "how often should I do these?" with "that's not something I can answer".</remarks>
    [Theory]
    [InlineData("is it ok to do this every day?")]
    [InlineData("how often should I do these?")]
    [InlineData("can i do it every day")]
    [InlineData("how many times a week?")]
    [InlineData("do I need rest days")]
    [InlineData("should i exercise daily")]
    [InlineData("how frequently should I do the plan")]
    public void How_often_to_do_the_exercises_is_a_question_of_rhythm(string text)
    {
        Assert.Equal(Intent.HowOften, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("how often should I do these with a herniated disc?")]
    [InlineData("how often while pregnant")]
    public void How_often_with_a_condition_is_for_a_clinician(string text)
    {
        Assert.Equal(Intent.OutOfScope, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("felt ok for my knees")]
    [InlineData("it was fine with my knees bent")]
    public void Saying_how_an_exercise_went_for_a_joint_is_no_question_for_a_clinician(string text)
    {
        Assert.NotEqual(Intent.OutOfScope, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("can I do this if it hurts?", Intent.Pain)]
    [InlineData("can I take a break", Intent.Pause)]
    [InlineData("this plan is good for me", Intent.None)]
    [InlineData("I want a stronger core after having a baby", Intent.Start)]
    [InlineData("sciatica", Intent.Pain)]
    [InlineData("will you help me?", Intent.Help)]
    public void Near_misses_keep_their_own_reading(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("am I doing it right?")]
    [InlineData("is my form ok")]
    [InlineData("how many reps?")]
    [InlineData("why this one?")]
    [InlineData("what muscles does this work?")]
    [InlineData("is this right?")]
    [InlineData("how long do i hold it")]
    [InlineData("how long should I hold for?")]
    [InlineData("how much rest between sets")]
    [InlineData("how many do I do?")]
    public void A_question_the_exercise_card_answers_is_a_lookup_of_the_exercise_on_screen(string text)
    {
        var recognition = Recognizer.Recognize(text);

        Assert.Equal(Intent.ExerciseLookup, recognition.Intent);
        Assert.Null(recognition.ExerciseId);
    }

    [Theory]
    [InlineData("how do I do a good morning?")]
    [InlineData("show me the good morning exercise")]
    [InlineData("can you explain how to do the good morning")]
    public void The_good_morning_exercise_is_looked_up_while_good_morning_alone_greets(string text)
    {
        Assert.Equal(Intent.ExerciseLookup, Recognizer.Recognize(text).Intent);
        Assert.Equal(Intent.Greeting, Recognizer.Recognize("good morning!").Intent);
    }

    [Theory]
    [InlineData("skip this question")]
    [InlineData("prefer not to say")]
    [InlineData("rather not say")]
    [InlineData("I'd rather not answer")]
    [InlineData("next question")]
    [InlineData("no comment")]
    [InlineData("pass")]
    public void Leaving_a_question_unanswered_is_skip(string text)
    {
        Assert.Equal(Intent.Skip, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("10 minut", 10)]
    [InlineData("20 minuts", 20)]
    [InlineData("15 minits", 15)]
    [InlineData("10m", 10)]
    [InlineData("1 hors", 60)]
    public void A_misspelt_unit_of_time_is_still_a_length_of_time_and_no_score(string text, int minutes)
    {
        var recognition = Recognizer.Recognize(text);

        Assert.Equal(minutes, recognition.Minutes);
        Assert.Null(recognition.Score);
    }

    [Theory]
    [InlineData("7 or 8", 8)]
    [InlineData("7-8", 8)]
    [InlineData("between 7 and 8", 8)]
    [InlineData("two or three", 3)]
    [InlineData("like a seven out of ten", 7)]
    [InlineData("5ish", 5)]
    [InlineData("3 and 10 minutes", 3)]
    [InlineData("have 15 mins, pain about 4", 4)]
    public void A_range_scores_its_higher_end(string text, int score)
    {
        Assert.Equal(score, Recognizer.Recognize(text).Score);
    }

    [Theory]
    [InlineData("10ish mins", 10)]
    [InlineData("twenty-ish minutes", 20)]
    public void About_so_many_minutes_is_that_many_minutes_and_no_score(string text, int minutes)
    {
        var recognition = Recognizer.Recognize(text);

        Assert.Equal(minutes, recognition.Minutes);
        Assert.Null(recognition.Score);
    }

    [Theory]
    [InlineData("good morning", Intent.Greeting)]
    [InlineData("Good morning!", Intent.Greeting)]
    [InlineData("show me the good morning exercise", Intent.ExerciseLookup)]
    public void Good_morning_greets_unless_the_exercise_of_that_name_is_asked_about(string text, Intent expected)
    {
        var recognizer = new IntentRecognizer([new ExerciseName("hip-hinge", "Hip hinge", ["hip hinge", "good morning", "good mornings"])]);

        Assert.Equal(expected, recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("👍", "ok")]
    [InlineData("👎", "no")]
    [InlineData("👍 ok", "ok  ok")]
    [InlineData("Bird dog 🐦", "Bird dog 🐦")]
    public void Meaningful_emoji_are_spelt_out_and_others_kept(string text, string expected)
    {
        Assert.Equal(expected, IntentRecognizer.SpellOutEmoji(text));
    }

    [Theory]
    [InlineData("my back is a bit sore but let's start", new[] { Intent.Start, Intent.Pain })]
    [InlineData("it hurts a bit but start", new[] { Intent.Start, Intent.Pain })]
    [InlineData("let's start, my back is not sore", new[] { Intent.Start })]
    [InlineData("purple monkey dishwasher", new Intent[0])]
    public void Every_intent_a_message_expresses_is_listed(string text, Intent[] expected)
    {
        Assert.Equal(expected.Order(), Recognizer.IntentsIn(text).Order());
    }
}
