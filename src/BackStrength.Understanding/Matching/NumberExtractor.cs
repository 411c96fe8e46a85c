using BackStrength.Understanding.Data;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>
/// Finds the first number in a message, as digits ("7/10", "9am") or words ("five", "twenty five"), for pain scores
/// and minutes. "One" after a word like "this" or "another" is a pronoun ("skip this one"), not the number 1.
/// </summary>
internal sealed class NumberExtractor
{
    private const int MaxDigits = 6;
    private const string One = "one";
    private const int OutOf = 10;

    private readonly IReadOnlyDictionary<string, int> _numberWords;
    private readonly HashSet<string> _oneIsPronounAfter;
    private readonly HashSet<string> _countedNouns;

    public NumberExtractor(LanguageData language)
    {
        _numberWords = language.NumberWords;
        _oneIsPronounAfter = [.. language.OneIsPronounAfter];
        _countedNouns = [.. language.CountedNouns, .. language.TimeUnits.Keys];
    }

    public int? Find(Utterance utterance) => Numbers(utterance).Select(number => (int?)number.Value).FirstOrDefault();

    /// <summary>
    /// The first number that counts nothing: a score or a choice. "Have 15 mins, pain about 4" scores 4, as the 15
    /// is an amount of minutes. A range ("7 or 8", "7-8", "between 7 and 8") scores its higher end: for pain, the
    /// careful reading.
    /// </summary>
    public int? FindScore(Utterance utterance)
    {
        var scores = Numbers(utterance)
            .Where(number => number.End + 1 >= utterance.Count || !_countedNouns.Contains(utterance[number.End + 1]))
            .ToList();
        if (scores.Count == 0)
        {
            return null;
        }

        var (first, end) = scores[0];
        // Side by side, two numbers are a range ("7-8") unless the second is the scale ("7/10").
        var rangeEnd = scores.Skip(1).FirstOrDefault(next =>
            (next.End - end == 1 && next.Value != OutOf)
            || (next.End - end == 2 && RangeWords.Contains(utterance[end + 1])));
        return rangeEnd.End > end ? Math.Max(first, rangeEnd.Value) : first;
    }

    // The words between the two ends of a range: "7 or 8", "7 to 8", "between 7 and 8".
    private static readonly HashSet<string> RangeWords = ["or", "to", "and"];

    /// <summary>Every number in order, with the index of its last word ("twenty five" ends at "five").</summary>
    private IEnumerable<(int Value, int End)> Numbers(Utterance utterance)
    {
        for (var i = 0; i < utterance.Count; i++)
        {
            var word = utterance[i];
            if (IsDigits(word))
            {
                yield return (int.Parse(word, System.Globalization.CultureInfo.InvariantCulture), i);
            }
            else if (_numberWords.TryGetValue(word, out var value) && !IsPronounOne(utterance, i))
            {
                var units = UnitsAfterTens(utterance, i, value);
                yield return (value + units, units > 0 ? i + 1 : i);
                i += units > 0 ? 1 : 0;
            }
        }
    }

    /// <summary>The number whose last word is at <paramref name="end"/> ("5", "five", "twenty five"), or null.</summary>
    public int? EndingAt(Utterance utterance, int end)
    {
        if (end < 0)
        {
            return null;
        }
        var word = utterance[end];
        if (IsDigits(word))
        {
            return int.Parse(word, System.Globalization.CultureInfo.InvariantCulture);
        }
        if (!_numberWords.TryGetValue(word, out var value))
        {
            return null;
        }
        return value is > 0 and < 10 && end > 0 && _numberWords.TryGetValue(utterance[end - 1], out var tens)
            && UnitsAfterTens(utterance, end - 1, tens) == value
            ? tens + value
            : value;
    }

    private static bool IsDigits(string word) => word.Length <= MaxDigits && word.All(char.IsAsciiDigit);

    private bool IsPronounOne(Utterance utterance, int index) =>
        utterance[index] == One
        && ((index > 0 && _oneIsPronounAfter.Contains(utterance[index - 1]))
            || (index + 1 < utterance.Count && utterance[index + 1] == "of"));

    // "twenty five" is 25.
    private int UnitsAfterTens(Utterance utterance, int index, int tens)
    {
        if (tens < 20 || tens % 10 != 0 || index + 1 >= utterance.Count)
        {
            return 0;
        }
        return _numberWords.TryGetValue(utterance[index + 1], out var units) && units is > 0 and < 10 ? units : 0;
    }
}
