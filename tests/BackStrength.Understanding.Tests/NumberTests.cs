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

        Assert.Equal(new Recognition(Intent.None, 0, null, 6, Score: 6), recognition);
    }

    [Theory]
    [InlineData("I'm a beginner, have 15 mins, no equipment, pain about 4", 4)]
    [InlineData("had back pain for 3 years, it's a 6 today", 6)]
    [InlineData("twenty five minutes and my pain is two", 2)]
    [InlineData("umm maybe like a 5?", 5)]
    [InlineData("pain 7/10", 7)]
    [InlineData("five", 5)]
    public void The_score_is_the_first_number_that_is_not_an_amount_of_something(string text, int expected)
    {
        Assert.Equal(expected, ExerciseLibraryNames.Recognizer.Recognize(text).Score);
    }

    [Theory]
    [InlineData("I have 20 minutes")]
    [InlineData("two kids and 3 years of this")]
    public void Amounts_alone_give_no_score(string text)
    {
        Assert.Null(ExerciseLibraryNames.Recognizer.Recognize(text).Score);
    }

    [Fact]
    public void A_pain_score_is_pain_with_its_number()
    {
        var recognition = ExerciseLibraryNames.Recognizer.Recognize("my pain is about an eight");

        Assert.Equal(Intent.Pain, recognition.Intent);
        Assert.Equal(8, recognition.Number);
    }

    [Theory]
    [InlineData("half an hour", 30)]
    [InlineData("Half hour", 30)]
    [InlineData("about a half hour", 30)]
    [InlineData("an hour", 60)]
    [InlineData("maybe an hour?", 60)]
    [InlineData("1 hour", 60)]
    [InlineData("one hour", 60)]
    [InlineData("1hr", 60)]
    [InlineData("2 hours", 120)]
    [InlineData("quarter of an hour", 15)]
    [InlineData("a quarter of an hour", 15)]
    [InlineData("quarter hour", 15)]
    [InlineData("three quarters of an hour", 45)]
    [InlineData("an hour and a half", 90)]
    [InlineData("an hour and 20 minutes", 80)]
    [InlineData("20 minutes", 20)]
    [InlineData("twenty five mins", 25)]
    [InlineData("I've got half an hour today", 30)]
    [InlineData("two and a half hours", 150)]
    [InlineData("1 and a half hours", 90)]
    // Misspelt units, as typed copying the card's "5 minutes" (before: no length of time, so 5 was a pain score).
    [InlineData("5 minuets", 5)]
    [InlineData("20 mintues", 20)]
    public void Reads_a_length_of_time_in_minutes(string text, int expected)
    {
        Assert.Equal(expected, ExerciseLibraryNames.Recognizer.Recognize(text).Minutes);
    }

    [Theory]
    [InlineData("20")]
    [InlineData("half")]
    [InlineData("I sit for hours")]
    [InlineData("my pain is 6")]
    [InlineData("it took most of an hour")]
    [InlineData("give me a minute")]
    [InlineData("just a min")]
    public void Gives_no_length_of_time_without_a_time_unit_and_an_amount(string text)
    {
        Assert.Null(ExerciseLibraryNames.Recognizer.Recognize(text).Minutes);
    }
}
