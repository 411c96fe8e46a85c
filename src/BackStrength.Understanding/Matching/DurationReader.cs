using BackStrength.Understanding.Data;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>
/// Finds the first length of time in a message, in minutes: "half an hour" is 30, "quarter of an hour" 15,
/// "an hour and a half" 90, "20 mins" 20. Only an amount with a unit counts: a bare "20" is a number, not a time.
/// </summary>
internal sealed class DurationReader(LanguageData language, NumberExtractor numbers)
{
    // Grammar, not vocabulary: "quarter of an hour", "an hour and a half", "an hour and 20 minutes".
    private const string Of = "of";
    private const string And = "and";

    // How far after "an hour and" a second unit may come ("and twenty five minutes").
    private const int SecondAmountReach = 3;

    // "An hour" is a length of time; "a minute" ("give me a minute", "just a min") means "wait".
    private const int ShortestUnitTakenAlone = 60;

    private readonly HashSet<string> _articles = [.. language.UnitArticles];

    public int? Find(Utterance utterance)
    {
        for (var i = 0; i < utterance.Count; i++)
        {
            if (language.TimeUnits.TryGetValue(utterance[i], out var unit) && AmountBefore(utterance, i, unit) is { } amount)
            {
                var minutes = (int)Math.Round((amount * unit) + MinutesAddedAfter(utterance, i, unit));
                return minutes > 0 ? minutes : null;
            }
        }
        return null;
    }

    /// <summary>How many of the unit at <paramref name="unitIndex"/> the words before it say, or null if none.</summary>
    private double? AmountBefore(Utterance utterance, int unitIndex, int unit)
    {
        var index = unitIndex - 1;
        var article = index >= 0 && _articles.Contains(utterance[index]);
        if (article)
        {
            index--;
        }
        var linked = index >= 0 && utterance[index] == Of;
        if (linked)
        {
            index--;
        }
        if (index >= 0 && utterance.SameClause(index, unitIndex) && language.UnitFractions.TryGetValue(utterance[index], out var fraction))
        {
            // "two and a half hours"; "three quarters of an hour"; a lone "half" is one half.
            return WholeAmountBeforeAndA(utterance, index) is { } whole
                ? whole + fraction
                : fraction * (numbers.EndingAt(utterance, index - 1) ?? 1);
        }
        if (article || linked)
        {
            // "an hour" is one; "most of an hour" says no amount.
            return article && !linked && unit >= ShortestUnitTakenAlone ? 1 : null;
        }
        return index >= 0 && utterance.SameClause(index, unitIndex) ? numbers.EndingAt(utterance, index) : null;
    }

    /// <summary>The "two" of "two and a half", where <paramref name="fractionIndex"/> is the "half"; otherwise null.</summary>
    private double? WholeAmountBeforeAndA(Utterance utterance, int fractionIndex)
    {
        var and = fractionIndex - 2;
        return and >= 1 && _articles.Contains(utterance[fractionIndex - 1]) && utterance[and] == And
            && utterance.SameClause(and - 1, fractionIndex)
            ? numbers.EndingAt(utterance, and - 1)
            : null;
    }

    /// <summary>"And a half" or "and 20 minutes" right after a length of time.</summary>
    private double MinutesAddedAfter(Utterance utterance, int unitIndex, int unit)
    {
        var next = unitIndex + 1;
        if (next >= utterance.Count || utterance[next] != And)
        {
            return 0;
        }
        var index = next + 1;
        if (index < utterance.Count && _articles.Contains(utterance[index]))
        {
            index++;
        }
        if (index < utterance.Count && language.UnitFractions.TryGetValue(utterance[index], out var fraction))
        {
            return fraction * unit;
        }
        for (var later = next + 2; later < utterance.Count && later <= next + SecondAmountReach; later++)
        {
            if (language.TimeUnits.TryGetValue(utterance[later], out var secondUnit) && AmountBefore(utterance, later, secondUnit) is { } amount)
            {
                return amount * secondUnit;
            }
        }
        return 0;
    }
}
