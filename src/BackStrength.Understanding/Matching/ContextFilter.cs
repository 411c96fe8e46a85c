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
    private readonly HashSet<string> _copulas;
    private readonly HashSet<string> _intensifiers;

    public ContextFilter(LanguageData language)
    {
        _negators = [.. language.Negators];
        _negationReach = language.NegationReach;
        _negationStoppers = [.. language.NegationStoppers];
        _trailingNegators = [.. language.TrailingNegators];
        _comparatives = [.. language.Comparatives];
        _copulas = [.. language.Copulas];
        _intensifiers = [.. language.Intensifiers];
    }

    public bool Rejects(Utterance utterance, PhraseMatch match) =>
        IsNegatedBefore(utterance, match.Start)
        || IsNegatedAfter(utterance, match.End)
        || IsComparison(utterance, match)
        || IsDescription(utterance, match.Start);

    // A negator reaches a few words forward in its clause, unless a new statement starts first ("no, it hurts").
    private bool IsNegatedBefore(Utterance utterance, int start)
    {
        for (var i = start - 1; i >= 0 && start - i <= _negationReach && utterance.SameClause(i, start); i--)
        {
            if (_negators.Contains(utterance[i]))
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

    private bool IsNegatedAfter(Utterance utterance, int end) =>
        end < utterance.Count && utterance.SameClause(end - 1, end) && _trailingNegators.Contains(utterance[end]);

    private bool IsComparison(Utterance utterance, PhraseMatch match) =>
        match.End < utterance.Count
        && utterance[match.End] == "than"
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
