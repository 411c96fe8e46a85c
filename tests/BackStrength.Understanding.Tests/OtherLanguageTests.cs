using BackStrength.Understanding.Matching;

namespace BackStrength.Understanding.Tests;

/// <summary>
/// Telling a message clearly in another Latin-alphabet language from English. The word lists must hold no English word,
/// or an English sentence could be taken for another language; a lone word counts only when it cannot be English.
/// </summary>
public class OtherLanguageTests
{
    [Fact]
    public void No_word_of_another_language_is_also_a_common_English_word_or_shorthand()
    {
        var language = Vocabulary.Shared.Language;
        var english = language.CommonWords.Concat(language.Shorthand.Keys).ToHashSet();
        var listed = Vocabulary.Shared.OtherLanguages.FunctionWords.Values.SelectMany(words => words)
            .Concat(Vocabulary.Shared.OtherLanguages.StandaloneWords);

        Assert.DoesNotContain(listed, english.Contains);
    }

    [Fact]
    public void Every_word_is_lower_case_without_accents_as_the_tokenizer_leaves_it()
    {
        var listed = Vocabulary.Shared.OtherLanguages.FunctionWords.Values.SelectMany(words => words)
            .Concat(Vocabulary.Shared.OtherLanguages.StandaloneWords);

        Assert.All(listed, word => Assert.Equal(word, string.Join(' ', Vocabulary.Shared.Tokenizer.Tokenize(word).Tokens.Select(token => token.Text))));
    }

    [Theory]
    [InlineData("je ne sais pas", true)]
    [InlineData("Qué tal, ¿cómo estás?", true)]
    [InlineData("bonjour", true)]
    [InlineData("ich habe keine zeit", true)]
    [InlineData("ja", false)]
    [InlineData("ja ok", false)]
    [InlineData("si", false)]
    [InlineData("hola", false)]
    [InlineData("la la la", false)]
    [InlineData("de nada lol", false)]
    [InlineData("lowr bak pian", false)]
    [InlineData("my name is Jan de Vries", false)]
    [InlineData("", false)]
    public void Only_a_message_clearly_in_another_language_counts(string text, bool otherLanguage)
    {
        Assert.Equal(otherLanguage, ExerciseLibraryNames.Recognizer.IsOtherLanguage(text));
    }
}
