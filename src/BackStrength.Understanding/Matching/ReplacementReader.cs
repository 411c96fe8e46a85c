using BackStrength.Understanding.Data;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>Which exercise a message wants gone and which it wants in its place; either may be unnamed.</summary>
internal sealed record NamedSwap(string? ExerciseId, string ReplacementId);

/// <summary>
/// Reads a swap that names what should come in: "swap the bird dog for a plank", "replace the superman with bridges",
/// "can I do squats instead of the row?", "I'd rather do the iyt than rows", or with only the new one named ("swap this
/// for a side plank", "can I do the iyt instead?"). A name after a replacement marker ("for", "with") or right before
/// an instead marker is the one wanted; a name after "instead of" or "rather ... than" is the one to change. Two names
/// with neither sign ("bird dog plank") say nothing about which is which.
/// </summary>
internal sealed class ReplacementReader(LanguageData language)
{
    private readonly PlanPlaceWords _words = language.PlanPlaces;
    private readonly HashSet<string> _fillers = [.. language.Fillers];

    public NamedSwap? Find(Utterance utterance, IReadOnlyList<ExerciseMention> mentions)
    {
        if (mentions.Count is 0 or > 2)
        {
            return null;
        }

        var wanted = mentions.Where(mention => IsWanted(utterance, mention)).ToList();
        var unwanted = mentions.Where(mention => IsUnwanted(utterance, mention)).ToList();
        if (mentions.Count == 1)
        {
            return wanted.Count == 1 && unwanted.Count == 0 ? new NamedSwap(null, wanted[0].ExerciseId) : null;
        }

        var (first, second) = (mentions[0], mentions[1]);
        var replacement = wanted.Count == 1 ? wanted[0]
            : unwanted.Count == 1 ? (unwanted[0] == first ? second : first)
            : null;
        var replaced = replacement == first ? second : first;
        return replacement is null || replacement.ExerciseId == replaced.ExerciseId || unwanted.Contains(replacement)
            ? null
            : new NamedSwap(replaced.ExerciseId, replacement.ExerciseId);
    }

    // "For a plank", "with the bridge", "squats instead", "the iyt rather than".
    private bool IsWanted(Utterance utterance, ExerciseMention mention) =>
        WordBefore(utterance, mention.Start) is { } before && _words.ReplacementMarkers.Contains(utterance[before])
        || mention.End < utterance.Count && _words.InsteadMarkers.Contains(utterance[mention.End]);

    // "Instead of the row", "rather than rows", "rather do the iyt than rows".
    private bool IsUnwanted(Utterance utterance, ExerciseMention mention) =>
        WordBefore(utterance, mention.Start) is { } before && _words.InsteadLinks.Contains(utterance[before])
        && Enumerable.Range(0, before).Any(i => _words.InsteadMarkers.Contains(utterance[i]));

    // The nearest word before <start> that is not a filler ("for a plank" looks past "a").
    private int? WordBefore(Utterance utterance, int start)
    {
        for (var i = start - 1; i >= 0; i--)
        {
            if (!_fillers.Contains(utterance[i]))
            {
                return i;
            }
        }
        return null;
    }
}
