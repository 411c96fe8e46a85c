using BackStrength.Dialogs.Choices;

namespace BackStrength.Dialogs.Tests;

/// <summary>What an answer denies: "not", "don't", "never"... deny what follows them in their clause, and only that.</summary>
public class DenialTests
{
    private static readonly List<Choice> Kit =
    [
        new("Band") { Synonyms = ["resistance band"] },
        new("Weights") { Synonyms = ["dumbbells", "water bottles"] },
        new("Chair"),
    ];

    [Theory]
    [InlineData("a band and a chair", "0,2", "")]
    [InlineData("no weights, just a band", "0", "1")]
    [InlineData("I don't have a band but I have a chair", "2", "0")]
    [InlineData("I don't have a band", "", "0")]
    [InlineData("never had dumbells or a chair", "", "1,2")]
    [InlineData("a couple of dumbells", "1", "")]
    [InlineData("a resistance band, not the chair", "0", "2")]
    public void Mentions_name_what_the_answer_has_and_deny_what_it_lacks(string answer, string named, string denied)
    {
        var mentions = ChoiceRecognizers.FindMentions(answer, Kit);

        Assert.Equal(named, string.Join(',', mentions.Named));
        Assert.Equal(denied, string.Join(',', mentions.Denied));
    }

    // A word said exactly is not also a typo of another group's word over the same span: "comfortable" is two letters
    // from "uncomfortable", and the two read as a tie, so "kneeling is comfortable" answered neither yes nor no.
    [Theory]
    [InlineData("comfortable", "0")]
    [InlineData("uncomfortable", "1")]
    [InlineData("uncomfortble", "1")]
    public void An_exact_word_does_not_tie_with_a_typo_of_another(string answer, string named)
    {
        var mentions = ChoiceRecognizers.FindMentions(answer, [["comfortable"], ["uncomfortable"]]);

        Assert.Equal(named, string.Join(',', mentions.Named));
    }

    [Theory]
    [InlineData("I don't have 30 minutes, maybe 10", "i maybe 10")]
    [InlineData("not long", "")]
    [InlineData("20 minutes but not 30", "20 minutes but")]
    [InlineData("about 15 minutes", "about 15 minutes")]
    public void Without_denied_leaves_out_each_negator_and_the_rest_of_its_clause(string answer, string expected)
    {
        Assert.Equal(expected, Denials.WithoutDenied(answer));
    }
}
