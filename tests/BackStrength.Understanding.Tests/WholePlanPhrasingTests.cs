namespace BackStrength.Understanding.Tests;

/// <summary>
/// Words for every exercise of the plan at once, beside "easier" or "harder", in wordings other than the bot tables'
/// own; the exercise on screen or one named keeps the change to itself, and "plan is" is no typo for "planks".
/// </summary>
public class WholePlanPhrasingTests
{
    private static IntentRecognizer Recognizer => ExerciseLibraryNames.Recognizer;

    [Theory]
    [InlineData("all the exercises are too easy")]
    [InlineData("make every single one harder")]
    [InlineData("the entire session is too much")]
    [InlineData("this workout is too hard for me")]
    [InlineData("rest of them easier pls")]
    [InlineData("make today's plan tougher")]
    public void Speaking_of_every_exercise_reads_as_the_whole_plan(string text)
    {
        var recognition = Recognizer.Recognize(text);

        Assert.True(recognition.WholePlan, text);
        Assert.Null(recognition.ExerciseId);
    }

    [Theory]
    [InlineData("make this one harder")]
    [InlineData("too easy")]
    [InlineData("the plank is too easy")]
    [InlineData("all good")]
    [InlineData("that's all")]
    public void One_exercise_or_none_is_not_the_whole_plan(string text)
    {
        Assert.False(Recognizer.Recognize(text).WholePlan, text);
    }

    [Theory]
    [InlineData("the plan is too easy", null)]
    [InlineData("plan is fine", null)]
    [InlineData("birdog is too easy", "bird-dog")]
    [InlineData("pall of press please", "pallof-press")]
    public void Real_words_run_together_name_an_exercise_only_when_they_spell_it(string text, string? exerciseId)
    {
        Assert.Equal(exerciseId, Recognizer.Recognize(text).ExerciseId);
    }

    /// <summary>
    /// How the plan looks at first sight, without "too": on the live bot before the change 0 of 6 read as easier or harder
    /// (the plan just asked again for "start"); after, 6 of 6.
    /// </summary>
    [Theory]
    [InlineData("everything looks a bit hard", Intent.Easier)]
    [InlineData("these all seem tough for me", Intent.Easier)]
    [InlineData("all of these look hard", Intent.Easier)]
    [InlineData("this looks like a lot for me", Intent.Easier)]
    [InlineData("this all looks pretty easy", Intent.Harder)]
    [InlineData("they seem quite basic tbh", Intent.Harder)]
    public void A_first_look_at_the_plan_asks_to_change_it(string text, Intent intent)
    {
        Assert.Equal(intent, ExerciseLibraryNames.Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("looks tough but let's go")]
    [InlineData("seems easy enough, i'm ready")]
    public void A_first_look_said_with_a_start_starts(string text)
    {
        Assert.Equal(Intent.Start, ExerciseLibraryNames.Recognizer.Recognize(text).Intent);
    }
}
