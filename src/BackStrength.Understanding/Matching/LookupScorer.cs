using BackStrength.Understanding.Data;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>
/// Scores how surely a message that names an exercise asks about it. A name alone ("plank pls") or with a question
/// ("how do I do a bird dog?") is a lookup; a name in passing ("I did three in a row") is not enough on its own.
/// </summary>
internal sealed class LookupScorer(LanguageData language)
{
    private const double NameInPassing = 0.55;
    private const double AskedAbout = 0.25;
    private const double NameIsTheMessage = 0.25;

    private readonly HashSet<string> _fillers = [.. language.Fillers];

    public IntentCandidate Score(Utterance utterance, ExerciseMention mention, bool hasLookupCue)
    {
        var score = NameInPassing - (PhraseScorer.PenaltyPerEdit * mention.Edits);
        if (hasLookupCue || utterance.IsQuestion)
        {
            score += AskedAbout;
        }
        if (NameCoversMostOfMessage(utterance, mention))
        {
            score += NameIsTheMessage;
        }
        return new IntentCandidate(Intent.ExerciseLookup, Math.Min(score, 1.0));
    }

    /// <summary>
    /// An exercise named by its place in the plan and asked about ("what's the first one?", "how do I do number 2"): it
    /// scores as a name in passing asked about does.
    /// </summary>
    public static IntentCandidate ScorePlaceAskedAbout() => new(Intent.ExerciseLookup, NameInPassing + AskedAbout);

    private bool NameCoversMostOfMessage(Utterance utterance, ExerciseMention mention)
    {
        var meaningfulWords = Enumerable.Range(0, utterance.Count)
            .Count(i => (i >= mention.Start && i < mention.End) || !_fillers.Contains(utterance[i]));
        return mention.Length * 2 >= meaningfulWords;
    }
}
