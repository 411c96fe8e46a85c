namespace BackStrength.Understanding.Tests;

/// <summary>
/// What first-time users say once the plan is running and at the summary. On the live bot, before these phrases,
/// 13 of 26 held-out messages got a reply a person would be satisfied with (20 after): "can we skip to the end" skipped
/// one exercise, "was that enough?" ended the chat with "Okay, stopped", and "can I do more?" and "same time tomorrow?" were not understood. "Wait" alone is a pause since a later round, as a phrase
/// that counts only as the whole message: "wait, I only have 10 minutes" changes an answer.
/// </summary>
public class SessionAndSummaryPhrasingTests
{
    private static IntentRecognizer Recognizer => ExerciseLibraryNames.Recognizer;

    [Theory]
    [InlineData("hold up")]
    [InlineData("hold up!!")]
    [InlineData("wait up")]
    [InlineData("gimme a sec")]
    public void Hold_up_and_gimme_a_sec_are_a_short_break(string text)
    {
        Assert.Equal(Intent.Pause, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("wait")]
    [InlineData("wait!")]
    [InlineData("waiit")]
    [InlineData("Wait please")]
    [InlineData("a sec")]
    [InlineData("one second")]
    [InlineData("wait 1 sec")]
    [InlineData("w8")]
    public void Wait_alone_is_a_short_break(string text)
    {
        Assert.Equal(Intent.Pause, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("wait, I only have 10 minutes")]
    [InlineData("wait what?")]
    [InlineData("wait, make it easier")]
    [InlineData("can't wait to start")]
    [InlineData("can I do a second round?")]
    [InlineData("hold for one second?")]
    public void Wait_said_with_more_is_no_break(string text)
    {
        Assert.NotEqual(Intent.Pause, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("how long is this gonna take")]
    [InlineData("how much longer")]
    [InlineData("how long left?")]
    [InlineData("hw long will this take")]
    [InlineData("how much time is left")]
    [InlineData("are we nearly done?")]
    public void How_long_the_session_takes_is_its_own_question(string text)
    {
        Assert.Equal(Intent.SessionLength, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("how long do i hold it", Intent.ExerciseLookup)]
    [InlineData("how long is the hold", Intent.ExerciseLookup)]
    [InlineData("what's next?", Intent.ShowPlan)]
    [InlineData("how many left", Intent.ShowPlan)]
    public void A_question_about_the_dose_or_whats_next_is_not_the_sessions_length(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("hold up, make it easier", Intent.Easier)]
    [InlineData("hold up my back hurts", Intent.Pain)]
    public void A_request_said_with_hold_up_still_wins(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("can we skip to the end")]
    [InlineData("jump to the summary")]
    [InlineData("can i finish early")]
    public void Skipping_to_the_end_ends_the_session(string text)
    {
        Assert.Equal(Intent.Stop, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("was that enough?")]
    [InlineData("is that enough for today")]
    [InlineData("can I do more?")]
    [InlineData("could i do some more")]
    [InlineData("same time tomorrow?")]
    [InlineData("can we do it again tmrw")]
    public void Asking_whether_it_was_enough_or_when_to_come_back_is_about_the_rhythm(string text)
    {
        Assert.Equal(Intent.HowOften, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("that's enough", Intent.Stop)]
    [InlineData("enough for today", Intent.Stop)]
    [InlineData("skip", Intent.Skip)]
    [InlineData("again", Intent.Start)]
    [InlineData("one more round", Intent.Start)]
    // More of the exercise itself, not more sessions: these were read as the how-often question once "can I do more?" was.
    [InlineData("can we do more reps", Intent.Harder)]
    [InlineData("could i do a few more reps", Intent.Harder)]
    [InlineData("can i do extra sets", Intent.Harder)]
    [InlineData("can i do more of this one", Intent.Harder)]
    public void Ending_skipping_going_again_and_more_reps_keep_their_meaning(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).Intent);
    }
}
