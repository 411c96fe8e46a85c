namespace BackStrength.Understanding.Tests;

/// <summary>
/// Asking how to pick a number on the 0 to 10 pain scale, in words other than the bot tables' own: a number in the
/// question ("what would a 6 feel like") is what is asked about, while a score given, however worded, stays a score.
/// </summary>
public class PainScalePhrasingTests
{
    private static IntentRecognizer Recognizer => ExerciseLibraryNames.Recognizer;

    [Theory]
    [InlineData("what would a 6 feel like")]
    [InlineData("what is mild pain")]
    [InlineData("how should I rate my back")]
    [InlineData("dunno which number to pick")]
    [InlineData("can you explain the scale")]
    [InlineData("how bad is an 8?")]
    [InlineData("what does ten mean")]
    [InlineData("not sure which score")]
    public void Asking_how_to_use_the_scale_reads_as_such(string text)
    {
        Assert.Equal(Intent.PainScale, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("7", Intent.None)]
    [InlineData("about a 4 i think", Intent.None)]
    [InlineData("my pain is 7", Intent.Pain)]
    [InlineData("what does a bird dog look like", Intent.ExerciseLookup)]
    public void A_score_or_another_question_keeps_its_reading(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).Intent);
    }
}
