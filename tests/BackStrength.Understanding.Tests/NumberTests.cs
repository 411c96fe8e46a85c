namespace BackStrength.Understanding.Tests;

/// <summary>The number in a message, for pain scores and minutes.</summary>
public class NumberTests
{
    [Theory]
    [InlineData("7", 7)]
    [InlineData("pain is 7/10", 7)]
    [InlineData("about five", 5)]
    [InlineData("ten minutes", 10)]
    [InlineData("remind me at 9am", 9)]
    [InlineData("twenty five minutes please", 25)]
    [InlineData("zero", 0)]
    [InlineData("one", 1)]
    [InlineData("a 3 maybe", 3)]
    public void Reads_the_first_number(string text, int expected)
    {
        Assert.Equal(expected, ExerciseLibraryNames.Recognizer.Recognize(text).Number);
    }

    [Theory]
    [InlineData("skip this one")]
    [InlineData("another one please")]
    [InlineData("one of these days")]
    [InlineData("no numbers here")]
    public void Finds_no_number_where_there_is_none(string text)
    {
        Assert.Null(ExerciseLibraryNames.Recognizer.Recognize(text).Number);
    }

    [Fact]
    public void A_bare_number_is_no_command_but_keeps_its_value()
    {
        var recognition = ExerciseLibraryNames.Recognizer.Recognize("6");

        Assert.Equal(new Recognition(Intent.None, 0, null, 6), recognition);
    }

    [Fact]
    public void A_pain_score_is_pain_with_its_number()
    {
        var recognition = ExerciseLibraryNames.Recognizer.Recognize("my pain is about an eight");

        Assert.Equal(Intent.Pain, recognition.Intent);
        Assert.Equal(8, recognition.Number);
    }
}
