namespace BackStrength.Understanding.Tests;

/// <summary>
/// "Why do you need to know this?" asked back at a check-in question: the bot says why it asks and asks again. The
/// words around "why" must keep their own readings: "why not" says yes, and pain or an exercise named with it wins.
/// </summary>
public class WhyAskedPhrasingTests
{
    private static IntentRecognizer Recognizer => ExerciseLibraryNames.Recognizer;

    [Theory]
    [InlineData("why do you need to know this?")]
    [InlineData("why do you need this?")]
    [InlineData("Why would you want to know that")]
    [InlineData("why are you asking me this?")]
    [InlineData("why do you ask")]
    [InlineData("why does kneeling matter?")]
    [InlineData("why is that important")]
    [InlineData("what do you need that for?")]
    [InlineData("why?")]
    [InlineData("whyyy")]
    [InlineData("what does kneeling have to do with it")]
    public void Asking_why_a_question_is_asked_reads_as_such(string text)
    {
        Assert.Equal(Intent.WhyAsked, Recognizer.Recognize(text).Intent);
    }

    [Theory]
    [InlineData("why not", Intent.None)]
    [InlineData("why this one?", Intent.ExerciseLookup)]
    [InlineData("why does my back hurt so much", Intent.Pain)]
    public void Why_beside_something_weightier_keeps_that_reading(string text, Intent expected)
    {
        Assert.Equal(expected, Recognizer.Recognize(text).Intent);
    }
}
