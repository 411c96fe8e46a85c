using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Tests;

/// <summary>Typos are forgiven in proportion to word length, and real words are never "corrected".</summary>
public class TypoToleranceTests
{
    private static readonly Lexicon Lexicon = new(["plane", "plan", "plank", "exercises", "help", "hello", "sure"]);

    [Theory]
    [InlineData("esier", "easier", 1)]
    [InlineData("harde", "harder", 1)]
    [InlineData("exersises", "exercises", 1)]
    [InlineData("exrecsies", "exercises", 2)]
    [InlineData("plna", "plan", 1)]
    [InlineData("stopp", "stop", 1)]
    [InlineData("hii", "hi", 1)]
    [InlineData("stp", "stop", 1)]
    [InlineData("easier", "easier", 0)]
    public void Forgives_typos(string typed, string expected, int edits)
    {
        Assert.Equal(edits, Lexicon.Edits(typed, expected));
    }

    [Theory]
    [InlineData("plane", "plank")] // a real word stays itself
    [InlineData("sure", "sore")]
    [InlineData("hello", "help")]
    [InlineData("end", "and")] // three letters are too short to guess at
    [InlineData("hay", "hey")]
    [InlineData("xasier", "easier")] // the first letter is rarely the typo; guessing there brings false matches
    [InlineData("exzzzises", "exercises")] // three slips in nine letters is another word
    public void Does_not_stretch_to_a_different_word(string typed, string expected)
    {
        Assert.Null(Lexicon.Edits(typed, expected));
    }

    [Theory]
    [InlineData("ab", "ba", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("same", "same", 0)]
    public void Counts_a_swapped_pair_as_one_edit(string first, string second, int expected)
    {
        Assert.Equal(expected, EditDistance.Between(first, second));
        Assert.Equal(expected, EditDistance.Between(second, first));
    }
}
