namespace BackStrength.Understanding.Tests;

/// <summary>Asking to see one's progress, in the words people use, and the look-alikes that mean something else.</summary>
public class ProgressPhrasingTests
{
    private static IntentRecognizer Recognizer => ExerciseLibraryNames.Recognizer;

    [Theory]
    [InlineData("show my progress")]
    [InlineData("how is my progress?")]
    [InlineData("how have I been doing")]
    [InlineData("can I see my history")]
    [InlineData("my stats pls")]
    [InlineData("show me my past sessions")]
    [InlineData("what were my previous sessions")]
    [InlineData("am I improving?")]
    [InlineData("am i getting better")]
    [InlineData("how far have I come")]
    [InlineData("progress report")]
    [InlineData("how many sessions have I done so far")]
    [InlineData("shwo my progres")]
    [InlineData("did anything get harder since last time?")]
    [InlineData("has anything moved up a level?")]
    [InlineData("what's changed since my last session")]
    public void Asking_to_see_progress_is_understood(string text)
    {
        Assert.Equal(Intent.Progress, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("progress me to the next level", Intent.Harder)]
    [InlineData("I have a history of back problems", Intent.None)]
    [InlineData("show me the plan", Intent.ShowPlan)]
    [InlineData("show all exercises", Intent.ShowLibrary)]
    [InlineData("make it harder", Intent.Harder)]
    [InlineData("can I have a harder one", Intent.Harder)]
    public void Look_alikes_keep_their_own_meaning(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).Intent);
    }
}
