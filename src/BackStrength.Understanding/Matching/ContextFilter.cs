using BackStrength.Understanding.Data;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>
/// Rejects a phrase match whose neighbours change its meaning, so keywords alone do not decide:
/// a negation before it ("not too hard", "I don't need help", "no pain"), a negation after it ("pain free"),
/// a comparison ("easier than I thought") or a description ("it is getting easier").
/// </summary>
internal sealed class ContextFilter
{
    private readonly HashSet<string> _negators;
    private readonly int _negationReach;
    private readonly HashSet<string> _negationStoppers;
    private readonly HashSet<string> _trailingNegators;
    private readonly HashSet<string> _comparatives;
    private readonly HashSet<string> _comparedWithTheExercise;
    private readonly HashSet<string> _copulas;
    private readonly HashSet<string> _intensifiers;

    public ContextFilter(LanguageData language)
    {
        _negators = [.. language.Negators];
        _negationReach = language.NegationReach;
        _negationStoppers = [.. language.NegationStoppers];
        _trailingNegators = [.. language.TrailingNegators];
        _comparatives = [.. language.Comparatives];
        _comparedWithTheExercise = [.. language.ComparedWithTheExercise];
        _copulas = [.. language.Copulas];
        _intensifiers = [.. language.Intensifiers];
    }

    public bool Rejects(Utterance utterance, PhraseMatch match) =>
        IsNegatedBefore(utterance, match.Start)
        || IsNegatedAfter(utterance, match.End)
        || IsComparison(utterance, match)
        || IsDescription(utterance, match.Start);

    // A negator reaches a few words forward in its clause ("I don't really need any help"), unless a new statement
    // starts right after it ("no it hurts", "no I want to stop"). A phrase that is itself a negation ("not this
    // one") is only reinforced by another ("nope, not this one").
    private bool IsNegatedBefore(Utterance utterance, int start)
    {
        if (_negators.Contains(utterance[start]))
        {
            return false;
        }
        for (var i = start - 1; i >= 0 && start - i <= _negationReach && utterance.SameClause(i, start); i--)
        {
            if (_negators.Contains(utterance[i]))
            {
                return i + 1 == start || !_negationStoppers.Contains(utterance[i + 1]);
            }
        }
        return false;
    }

    // A few words after the phrase can undo it too: "pain free", "the pain is gone".
    private bool IsNegatedAfter(Utterance utterance, int end)
    {
        for (var i = end; i < utterance.Count && i - end < _negationReach && utterance.SameClause(end - 1, i); i++)
        {
            if (_trailingNegators.Contains(utterance[i]))
            {
                return true;
            }
            if (_negationStoppers.Contains(utterance[i]))
            {
                return false;
            }
        }
        return false;
    }

    // "Easier than I thought" compares; "something harder than this" asks for a change from the exercise on screen.
    private bool IsComparison(Utterance utterance, PhraseMatch match) =>
        match.End < utterance.Count
        && utterance[match.End] == "than"
        && !(match.End + 1 < utterance.Count && _comparedWithTheExercise.Contains(utterance[match.End + 1]))
        && Enumerable.Range(match.Start, match.Length).Any(i => _comparatives.Contains(utterance[i]));

    // "it is easier now" reports how it feels; "easier please" or "an easier one" asks for a change.
    private bool IsDescription(Utterance utterance, int start)
    {
        if (!_comparatives.Contains(utterance[start]))
        {
            return false;
        }
        for (var i = start - 1; i >= 0 && utterance.SameClause(i, start); i--)
        {
            if (_copulas.Contains(utterance[i]))
            {
                return true;
            }
            if (!_intensifiers.Contains(utterance[i]))
            {
                return false;
            }
        }
        return false;
    }
}
