using BackStrength.Cards;

namespace BackStrength.Cards.Tests;

public class MarkdownEscaperTests
{
    [Theory]
    [InlineData("Keep your back flat.", "Keep your back flat.")]
    [InlineData("**bold** and _italic_", @"\*\*bold\*\* and \_italic\_")]
    [InlineData("[link](https://evil.example)", @"\[link\](https://evil.example)")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("1. not a numbered list", @"1\. not a numbered list")]
    [InlineData("first\n- second", "first\n\\- second")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("a back\\slash", @"a back\\slash")]
    [InlineData("2 sets of 8-10, rest 30 s", "2 sets of 8-10, rest 30 s")]
    [InlineData("3.5 kg", "3.5 kg")]
    public void Escapes_only_what_could_become_formatting(string text, string expected) =>
        Assert.Equal(expected, MarkdownEscaper.Escape(text));
}
