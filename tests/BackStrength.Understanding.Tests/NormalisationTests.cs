using BackStrength.Understanding.Matching;

namespace BackStrength.Understanding.Tests;

/// <summary>The same words typed different ways read the same.</summary>
public class NormalisationTests
{
    private static IEnumerable<string> Words(string text) =>
        Vocabulary.Shared.Tokenizer.Tokenize(text).Tokens.Select(token => token.Text);

    [Theory]
    [InlineData("I can't do this", "i can not do this")]
    [InlineData("i cant do this", "i can not do this")]
    [InlineData("I CANNOT do this", "i can not do this")]
    [InlineData("I can\u2019t do this", "i can not do this")]
    [InlineData("don't stop", "do not stop")]
    [InlineData("it's too hard", "it is too hard")]
    [InlineData("today's plan", "today plan")]
    [InlineData("let's go", "let us go")]
    [InlineData("I'm ready", "i am ready")]
    [InlineData("pls help", "please help")]
    [InlineData("thx u", "thanks you")]
    [InlineData("wanna stop", "want to stop")]
    [InlineData("pleeeeease", "pleease")]
    [InlineData("Café façade", "cafe facade")]
    [InlineData("bird-dog", "bird dog")]
    [InlineData("7/10", "7 10")]
    [InlineData("9am", "9 am")]
    [InlineData("2day", "today")]
    [InlineData("hi 👋 there 🙂", "hi hi there")]
    public void Expands_contractions_shorthand_and_oddities(string typed, string expected)
    {
        Assert.Equal(expected.Split(' '), Words(typed));
    }

    [Fact]
    public void Punctuation_and_but_split_clauses_and_a_question_mark_is_remembered()
    {
        var utterance = Vocabulary.Shared.Tokenizer.Tokenize("no, it hurts but fine?");

        Assert.Equal(["no", "it", "hurts", "fine"], utterance.Tokens.Select(token => token.Text));
        Assert.Equal([0, 1, 1, 2], utterance.Tokens.Select(token => token.Clause));
        Assert.True(utterance.IsQuestion);
    }
}
