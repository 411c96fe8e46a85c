using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>Scores every intent by its best phrase match that the context does not reject.</summary>
internal sealed class PhraseScorer(IntentPhrases phrases, ContextFilter context, Lexicon lexicon)
{
    // Each typo makes a match a little less certain, so an exact phrase beats a misspelt one.
    public const double PenaltyPerEdit = 0.05;

    public IEnumerable<IntentCandidate> Score(Utterance utterance) =>
        phrases.Phrases
            .SelectMany(phrase => phrase.Pattern.FindMatches(utterance, lexicon)
                .Where(match => !context.Rejects(utterance, match))
                .Select(match => new IntentCandidate(phrase.Intent, phrase.Weight - (PenaltyPerEdit * match.Edits))))
            .GroupBy(candidate => candidate.Intent)
            .Select(group => group.MaxBy(candidate => candidate.Score)!);

    /// <summary>Whether any lookup cue ("how do I", "show me") appears in the message.</summary>
    public bool HasLookupCue(Utterance utterance) =>
        phrases.LookupCues.Any(cue => cue.FindMatches(utterance, lexicon).Any(match => !context.Rejects(utterance, match)));
}
