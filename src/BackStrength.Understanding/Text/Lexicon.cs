namespace BackStrength.Understanding.Text;

/// <summary>
/// Decides whether a typed word stands for a vocabulary word, forgiving typos. A word that is itself known (a real
/// English word or another vocabulary word) is taken as typed: "plane" stays "plane" and never becomes "plank".
/// </summary>
internal sealed class Lexicon(IEnumerable<string> knownWords)
{
    private readonly HashSet<string> _knownWords = [.. knownWords];

    public bool IsKnown(string word) => _knownWords.Contains(word);

    /// <summary>The number of typos between <paramref name="typed"/> and <paramref name="expected"/>, or null when it is a different word.</summary>
    public int? Edits(string typed, string expected)
    {
        if (typed == expected)
        {
            return 0;
        }
        // Cheapest test first: this runs for every word of a message against every phrase word it could be.
        if (typed[0] != expected[0] || !char.IsLetter(typed[0]) || IsKnown(typed))
        {
            return null;
        }
        if (SameWithoutDoubledLetters(typed, expected))
        {
            return 1;
        }
        var allowed = AllowedEdits(expected.Length);
        if (allowed == 0 || Math.Abs(typed.Length - expected.Length) > allowed)
        {
            return null;
        }
        var edits = EditDistance.Between(typed, expected);
        return edits <= allowed ? edits : null;
    }

    // Short words tolerate no typo ("hi", "end" are too close to other words); long ones tolerate two.
    private static int AllowedEdits(int length) => length switch
    {
        <= 3 => 0,
        <= 8 => 1,
        _ => 2,
    };

    // "stopp", "helpp" and "hii" are a held-down key, not a different word.
    private static bool SameWithoutDoubledLetters(string first, string second)
    {
        int i = 0, j = 0;
        while (i < first.Length && j < second.Length)
        {
            if (first[i] != second[j])
            {
                return false;
            }
            var letter = first[i];
            while (i < first.Length && first[i] == letter)
            {
                i++;
            }
            while (j < second.Length && second[j] == letter)
            {
                j++;
            }
        }
        return i == first.Length && j == second.Length;
    }
}
