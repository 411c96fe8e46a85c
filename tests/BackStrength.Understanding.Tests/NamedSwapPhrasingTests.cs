namespace BackStrength.Understanding.Tests;

/// <summary>
/// A swap that names what should come in, in wordings other than the bot tables' own: which exercise goes and which
/// comes is read from "for", "with", "to", "by", "instead (of)" and "rather ... than"; two names with no such sign, or a name
/// after "with" in a request that is no swap, say nothing about a replacement.
/// </summary>
public class NamedSwapPhrasingTests
{
    private static IntentRecognizer Recognizer => ExerciseLibraryNames.Recognizer;

    [Theory]
    [InlineData("switch the plank with the pallof press", "plank", "pallof-press")]
    [InlineData("could I do bridges instead of supermans", "superman", "bridge")]
    [InlineData("trade the squat for a glute bridge", "squat", "bridge")]
    [InlineData("i'd rather do rows than the iyt", "bent-over-iyt", "bent-over-row")]
    [InlineData("rather than the hinge can we do an rdl", "hip-hinge", "kickstand-rdl")]
    [InlineData("replace the superman by a squat pls", "superman", "squat")]
    public void Both_names_are_read_with_which_one_comes_in(string text, string replaced, string wanted)
    {
        var recognition = Recognizer.Recognize(text);

        Assert.Equal(Intent.Swap, recognition.Intent);
        Assert.Equal(replaced, recognition.ExerciseId);
        Assert.Equal(wanted, recognition.Replacement);
    }

    [Theory]
    [InlineData("swap it for a bridge", "bridge")]
    [InlineData("can i do side planks instead", "side-plank")]
    public void The_new_one_alone_leaves_the_one_to_change_unnamed(string text, string wanted)
    {
        var recognition = Recognizer.Recognize(text);

        Assert.Equal(Intent.Swap, recognition.Intent);
        Assert.Null(recognition.ExerciseId);
        Assert.Equal(wanted, recognition.Replacement);
    }

    [Theory]
    [InlineData("help with the plank")]
    [InlineData("swap the plank")]
    [InlineData("plank or side plank?")]
    [InlineData("easier bird dog")]
    [InlineData("can I do the plank by the wall")]
    public void No_replacement_is_read_without_a_sign_of_one(string text)
    {
        Assert.Null(Recognizer.Recognize(text).Replacement);
    }
}
