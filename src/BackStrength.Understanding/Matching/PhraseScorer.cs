using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>Scores every intent by its best phrase match that the context does not reject.</summary>
internal sealed class PhraseScorer
{
    // Each typo makes a match a little less certain, so an exact phrase beats a misspelt one.
    public const double PenaltyPerEdit = 0.05;

    private readonly FirstLetterIndex<IntentPhrase> _phrases;
    private readonly FirstLetterIndex<PhrasePattern> _lookupCues;
    private readonly ContextFilter _context;
    private readonly Lexicon _lexicon;

    public PhraseScorer(IntentPhrases phrases, ContextFilter context, Lexicon lexicon)
    {
        _phrases = new FirstLetterIndex<IntentPhrase>(phrases.Phrases, phrase => phrase.Pattern.FirstWords);
        _lookupCues = new FirstLetterIndex<PhrasePattern>(phrases.LookupCues, cue => cue.FirstWords);
        _context = context;
        _lexicon = lexicon;
    }

    /// <summary>One candidate per intent that has a phrase in the message, scored by its best match.</summary>
    public List<IntentCandidate> Score(Utterance utterance)
    {
        var best = new Dictionary<Intent, double>();
        for (var start = 0; start < utterance.Count; start++)
        {
            foreach (var phrase in _phrases.StartingLike(utterance[start]))
            {
                if (Accepted(phrase.Pattern, utterance, start) is { } match)
                {
                    var score = phrase.Weight - (PenaltyPerEdit * match.Edits);
                    if (!best.TryGetValue(phrase.Intent, out var previous) || score > previous)
                    {
                        best[phrase.Intent] = score;
                    }
                }
            }
        }
        return [.. best.Select(entry => new IntentCandidate(entry.Key, entry.Value))];
    }

    /// <summary>Whether any lookup cue ("how do I", "show me") appears in the message.</summary>
    public bool HasLookupCue(Utterance utterance)
    {
        for (var start = 0; start < utterance.Count; start++)
        {
            foreach (var cue in _lookupCues.StartingLike(utterance[start]))
            {
                if (Accepted(cue, utterance, start) is not null)
                {
                    return true;
                }
            }
        }
        return false;
    }

    private PhraseMatch? Accepted(PhrasePattern pattern, Utterance utterance, int start) =>
        pattern.MatchAt(utterance, _lexicon, start) is { } match && !_context.Rejects(utterance, match) ? match : null;
}
