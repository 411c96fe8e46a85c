namespace BackStrength.Understanding.Tests;

/// <summary>
/// Tiredness or activity earlier in the day said in passing ("i swam this morning so im tired"), which used to read as a
/// greeting or nothing, and chat shorthand the tokenizer did not write out ("ez", "diff", "idc", "tbh").
/// </summary>
public class TirednessAndShorthandPhrasingTests
{
    private static IntentRecognizer Recognizer => ExerciseLibraryNames.Recognizer;

    [Theory]
    [InlineData("i swam this morning so im tired")]
    [InlineData("ran 5k earlier legs r dead")]
    [InlineData("been a long day tbh")]
    [InlineData("did a spin class earlier so pretty tired")]
    [InlineData("so tierd today")]
    [InlineData("went for a run before work")]
    [InlineData("legs are jelly after the gym")]
    [InlineData("low on energy")]
    [InlineData("feeling lazy today lol")]
    [InlineData("cant be bothered tbh")]
    public void Tiredness_or_earlier_activity_is_tired(string text)
    {
        Assert.Equal(Intent.Tired, Recognizer.Recognize(text).Intent);
    }

    /// <summary>Tiredness weighs less than pain, feeling unwell and every request said with it.</summary>
    [Theory]
    [InlineData("im so tired and my back really hurts", Intent.Pain)]
    [InlineData("tired and a bit dizzy", Intent.Pain)]
    // A limb gone dead has lost feeling: numbness stops the exercise, where "my legs are dead" is only tiredness.
    [InlineData("legs have gone dead", Intent.Pain)]
    [InlineData("my leg went dead during that one", Intent.Pain)]
    [InlineData("think ive got a dead leg", Intent.Pain)]
    [InlineData("my foot keeps going dead", Intent.Pain)]
    [InlineData("so tired, make it easier", Intent.Easier)]
    [InlineData("tired, can we stop", Intent.Stop)]
    [InlineData("im not tired at all", Intent.None)]
    [InlineData("good morning", Intent.Greeting)]
    public void Tiredness_yields_to_pain_and_requests(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("make it ez", Intent.Easier)]
    [InlineData("diff one pls", Intent.Swap)]
    [InlineData("make this one ezier", Intent.Easier)]
    [InlineData("this is 2 hard", Intent.Easier)]
    [InlineData("way 2 easy", Intent.Harder)]
    public void Chat_shorthand_is_written_out(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).Intent);
    }

    /// <summary>An exercise named by its place and asked about is looked up; a command about it stays the command.</summary>
    [Theory]
    [InlineData("whats the first one", Intent.ExerciseLookup)]
    [InlineData("wats the 2nd exercise?", Intent.ExerciseLookup)]
    [InlineData("how do i do number 2", Intent.ExerciseLookup)]
    [InlineData("swap the second one", Intent.Swap)]
    [InlineData("make the last one easier", Intent.Easier)]
    [InlineData("skip the third one", Intent.Skip)]
    public void A_place_in_the_plan_asked_about_is_a_lookup(string text, Intent expected)
    {
        var recognition = Recognizer.Recognize(text);

        Assert.Equal(expected, recognition.Intent);
        Assert.NotNull(recognition.Place);
    }

    /// <summary>Answers read one-word shorthand written out, but not what a whole answer means otherwise, nor several words.</summary>
    [Theory]
    [InlineData("nah", "no")]
    [InlineData("thx", "thanks")]
    [InlineData("ez", "easy")]
    [InlineData("tbh", "")]
    [InlineData("n", "n")]
    [InlineData("ya", "ya")]
    [InlineData("idk", "idk")]
    [InlineData("plank", "plank")]
    public void A_word_of_an_answer_is_written_out_only_word_for_word(string word, string expected)
    {
        Assert.Equal(expected, IntentRecognizer.WordWrittenOut(word));
    }
}
