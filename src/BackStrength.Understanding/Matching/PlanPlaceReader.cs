using System.Globalization;
using BackStrength.Understanding.Data;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>
/// Finds an exercise named by its place: an ordinal or "last"/"next" before a word for an exercise ("the second one",
/// "the 4th exercise", "the last one", "the next one"), or a number after a word that marks a place ("number 3",
/// "exercise 2"), or the exercise on screen before what replaces it ("swap this for the plank"). A bare "next" or
/// "last time" names no exercise, and "this one" none but the default, the exercise on screen.
/// </summary>
internal sealed class PlanPlaceReader(LanguageData language, NumberExtractor numbers)
{
    private readonly PlanPlaceWords _words = language.PlanPlaces;

    public PlanPlace? Find(Utterance utterance)
    {
        for (var i = 0; i < utterance.Count; i++)
        {
            if (Ordinal(utterance, i) is { } ordinal && IsExerciseWord(utterance, ordinal.End + 1))
            {
                return ordinal.Place;
            }

            if (_words.Current.Contains(utterance[i]) && i + 1 < utterance.Count && _words.ReplacementMarkers.Contains(utterance[i + 1]))
            {
                return PlanPlace.OnScreen;
            }

            if (_words.Markers.Contains(utterance[i]) && i + 1 < utterance.Count && numbers.EndingAt(utterance, i + 1) is { } number and > 0)
            {
                return new PlanPlace(number, PlanPlaceFrom.Start);
            }
        }

        return null;
    }

    /// <summary>The place an ordinal at <paramref name="i"/> says, and the index of its last word ("4 th" ends at "th").</summary>
    private (PlanPlace Place, int End)? Ordinal(Utterance utterance, int i)
    {
        var word = utterance[i];
        if (_words.Ordinals.TryGetValue(word, out var ordinal))
        {
            return (new PlanPlace(ordinal, PlanPlaceFrom.Start), i);
        }

        if (_words.Last.Contains(word))
        {
            return (new PlanPlace(1, PlanPlaceFrom.End), i);
        }

        if (_words.Next.Contains(word))
        {
            return (new PlanPlace(1, PlanPlaceFrom.Current), i);
        }

        // "4th" is split into "4" and "th" by the tokenizer. Digits read the same in every locale, and the turn's culture
        // is new each message (the SDK sets it from the activity's locale), so reading it costs ICU set-up per message.
        return int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) && digits > 0 && i + 1 < utterance.Count && _words.OrdinalSuffixes.Contains(utterance[i + 1])
            ? (new PlanPlace(digits, PlanPlaceFrom.Start), i + 1)
            : null;
    }

    private bool IsExerciseWord(Utterance utterance, int i) => i < utterance.Count && _words.ExerciseWords.Contains(utterance[i]);
}
