using BackStrength.Understanding.Data;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>
/// Finds words that speak of every exercise of the plan at once ("make the whole plan harder", "everything is too easy",
/// "the rest of the session"), from the phrases in Data/language.json, forgiving typos as intent phrases do.
/// </summary>
internal sealed class WholePlanReader(LanguageData language, Tokenizer tokenizer)
{
    private readonly PhrasePattern[] _phrases = [.. language.PlanPlaces.WholePlan.Select(phrase => PhrasePattern.Parse(phrase, tokenizer))];

    /// <summary>Every word of the phrases, so typo correction leaves them as they are.</summary>
    public IEnumerable<string> Words => _phrases.SelectMany(phrase => phrase.Words);

    public bool Find(Utterance utterance, Lexicon lexicon) =>
        Enumerable.Range(0, utterance.Count).Any(start => _phrases.Any(phrase => phrase.MatchAt(utterance, lexicon, start) is not null));
}
