namespace BackStrength.Understanding.Tests;

/// <summary>Naming an exercise, alone, in a question, misspelt, or alongside a command.</summary>
public class ExerciseMentionTests
{
    [Theory]
    [InlineData("how do I do a bird dog?", "bird-dog")]
    [InlineData("birddog", "bird-dog")]
    [InlineData("Bird-Dog", "bird-dog")]
    [InlineData("show me the pallof press", "pallof-press")]
    [InlineData("pall of press", "pallof-press")]
    [InlineData("RDL?", "kickstand-rdl")]
    [InlineData("what is a superman", "superman")]
    [InlineData("plank pls", "plank")]
    [InlineData("side plank", "side-plank")]
    [InlineData("sideplank?", "side-plank")]
    [InlineData("how do you do the I-Y-T", "bent-over-iyt")]
    [InlineData("iyt raises", "bent-over-iyt")]
    [InlineData("glute bridge", "bridge")]
    [InlineData("explain the hip hinge", "hip-hinge")]
    [InlineData("single leg deadlift?", "kickstand-rdl")]
    [InlineData("tell me about the band pull apart", "banded-pull-apart")]
    [InlineData("squats", "squat")]
    [InlineData("bent over rows??", "bent-over-row")]
    [InlineData("plnak", "plank")]
    [InlineData("how to do supermen", "superman")]
    [InlineData("pallof pres", "pallof-press")]
    [InlineData("anti rotation press", "pallof-press")]
    public void Looks_up_a_named_exercise(string text, string exerciseId)
    {
        var recognition = ExerciseLibraryNames.Recognizer.Recognize(text);

        Assert.Equal(Intent.ExerciseLookup, recognition.Intent);
        Assert.Equal(exerciseId, recognition.ExerciseId);
    }

    [Theory]
    [InlineData("easier bird dog", Intent.Easier, "bird-dog")]
    [InlineData("can I get a harder plank", Intent.Harder, "plank")]
    [InlineData("the side plank is too hard", Intent.Easier, "side-plank")]
    [InlineData("swap the squats for something else", Intent.Swap, "squat")]
    [InlineData("my back hurts during the superman", Intent.Pain, "superman")]
    [InlineData("skip the pallof press", Intent.Skip, "pallof-press")]
    [InlineData("done with the glute bridge", Intent.Done, "bridge")]
    [InlineData("how do I make the bird dog easier?", Intent.Easier, "bird-dog")]
    public void A_command_about_an_exercise_keeps_the_command_and_names_the_exercise(
        string text, Intent intent, string exerciseId)
    {
        var recognition = ExerciseLibraryNames.Recognizer.Recognize(text);

        Assert.Equal(intent, recognition.Intent);
        Assert.Equal(exerciseId, recognition.ExerciseId);
    }

    [Theory]
    [InlineData("bird watching")]
    [InlineData("I have a dog")]
    [InlineData("plane")]
    [InlineData("I love planning")]
    [InlineData("side of the road")]
    [InlineData("press the button")]
    public void Words_that_only_resemble_a_name_name_no_exercise(string text)
    {
        var recognition = ExerciseLibraryNames.Recognizer.Recognize(text);

        Assert.Null(recognition.ExerciseId);
        Assert.NotEqual(Intent.ExerciseLookup, recognition.Intent);
    }

    [Fact]
    public void Names_from_the_library_are_used_as_given()
    {
        var recognizer = new IntentRecognizer([new ExerciseName("cat-cow", "Cat-cow", ["cat camel"])]);

        Assert.Equal("cat-cow", recognizer.Recognize("how do I do the cat cow?").ExerciseId);
        Assert.Equal("cat-cow", recognizer.Recognize("cat camel").ExerciseId);
        Assert.Null(recognizer.Recognize("bird dog").ExerciseId);
    }
}
