using BackStrength.Understanding.Matching;

namespace BackStrength.Understanding.Tests;

/// <summary>The shipped data files load and cover every intent the bot handles.</summary>
public class DataFileTests
{
    [Fact]
    public void Every_intent_but_lookup_has_phrases()
    {
        var withPhrases = Vocabulary.Shared.Phrases.Phrases.Select(phrase => phrase.Intent).ToHashSet();

        // Lookups come from the exercise names the library supplies, not from phrases.
        var expected = Enum.GetValues<Intent>().Where(intent => intent != Intent.ExerciseLookup);
        Assert.All(expected, intent => Assert.Contains(intent, withPhrases));
    }

    [Fact]
    public void Every_weight_lets_a_match_count_and_stays_within_one()
    {
        Assert.All(Vocabulary.Shared.Phrases.Phrases, phrase =>
            Assert.InRange(phrase.Weight, IntentRecognizer.Threshold, 1.0));
    }

    [Fact]
    public void Every_plain_phrase_typed_alone_reads_as_its_intent()
    {
        var plainPhrases = Vocabulary.Shared.Phrases.Phrases
            .Where(phrase => phrase.Intent != Intent.None && !phrase.Pattern.Text.Contains('*') && !phrase.Pattern.Text.Contains('|'));

        var misread = plainPhrases
            .Select(phrase => (phrase.Pattern.Text, Expected: phrase.Intent,
                Actual: ExerciseLibraryNames.Recognizer.Recognize(phrase.Pattern.Text.Replace('_', ' ')).Intent))
            .Where(reading => reading.Actual != reading.Expected)
            .Select(reading => $"\"{reading.Text}\" reads as {reading.Actual}, not {reading.Expected}");
        Assert.Empty(misread);
    }

    [Fact]
    public void A_phrase_cannot_start_or_end_with_a_gap()
    {
        var tokenizer = Vocabulary.Shared.Tokenizer;

        Assert.Throws<InvalidDataException>(() => PhrasePattern.Parse("* easier", tokenizer));
        Assert.Throws<InvalidDataException>(() => PhrasePattern.Parse("easier *", tokenizer));
    }
}
