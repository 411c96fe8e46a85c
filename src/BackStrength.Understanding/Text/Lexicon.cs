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
        if (IsKnown(typed) || !char.IsLetter(typed[0]) || typed[0] != expected[0])
        {
            return null;
        }
        if (WithoutDoubledLetters(typed) == WithoutDoubledLetters(expected))
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
    private static string WithoutDoubledLetters(string word)
    {
        var letters = new char[word.Length];
        var count = 0;
        foreach (var c in word)
        {
            if (count == 0 || letters[count - 1] != c)
            {
                letters[count++] = c;
            }
        }
        return new string(letters, 0, count);
    }
}
