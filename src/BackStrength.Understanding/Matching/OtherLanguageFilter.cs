using BackStrength.Understanding.Data;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>
/// Tells a message clearly written in another language in the Latin alphabet ("hola, me duele la espalda") from
/// English. It takes at least two different common words of other languages, outnumbering the English words, or one
/// of a few words that can only be another language sent alone ("bonjour"). English typos, names and short answers
/// shared with English ("ok", "ja", "si") never qualify: a lone word that is not a standalone word proves nothing.
/// </summary>
internal sealed class OtherLanguageFilter(OtherLanguageData data, Lexicon english)
{
    private const int DifferentWordsNeeded = 2;

    private readonly HashSet<string> _otherLanguageWords = [.. data.FunctionWords.Values.SelectMany(words => words)];
    private readonly HashSet<string> _standalone = [.. data.StandaloneWords];

    public bool IsOtherLanguage(Utterance utterance)
    {
        var words = utterance.Tokens.Select(token => token.Text).Where(word => word.Any(char.IsLetter)).ToList();
        if (words is [var only])
        {
            return _standalone.Contains(only);
        }

        var foreign = words.Where(_otherLanguageWords.Contains).ToList();
        var englishWords = words.Count(word => !_otherLanguageWords.Contains(word) && english.IsKnown(word));
        return foreign.Distinct().Count() >= DifferentWordsNeeded && foreign.Count > englishWords;
    }
}
