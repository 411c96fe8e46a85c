using System.Collections.Concurrent;

namespace BackStrength.Dialogs.Choices;

/// <summary>One phrase of a group found in an answer, and whether the answer denies it ("not regularly").</summary>
internal sealed record PhraseMatch(int Group, string Phrase, int Start, int Length, int Typos, bool Denied)
{
    public bool Overlaps(PhraseMatch other) => Start < other.Start + other.Length && other.Start < Start + Length;
}

/// <summary>What an answer says about groups of phrases (the choices): which phrases it contains, and which it denies.</summary>
internal sealed record PhraseMatches(IReadOnlyList<PhraseMatch> Matches, bool DenialOfNothing)
{
    /// <summary>The groups named and not denied, in order.</summary>
    public IReadOnlyList<int> Named => [.. Matches.Where(match => !match.Denied).Select(match => match.Group).Distinct().Order()];

    /// <summary>The groups named only to be denied ("no weights").</summary>
    public IReadOnlyList<int> Denied => [.. Matches.Where(match => match.Denied).Select(match => match.Group).Distinct().Except(Named).Order()];
}

/// <summary>
/// Finds the phrases of each group in an answer, in order and side by side (ignoring case, accents and punctuation,
/// tolerating a small typo in words of five or more letters, and a letter left out or two swapped in shorter ones).
/// Where found phrases overlap, the longest wins, so "not very active" is read as a whole rather than as "very" and
/// "active". A phrase is denied when a negator ("not", "dont", "never"...) comes before it in the same clause, unless
/// the negator is part of the phrase itself: "I don't exercise regularly" denies "regularly", and "sometimes but not a
/// lot" denies only "a lot".
/// </summary>
internal static class PhraseMatcher
{
    private const int MinimumFuzzyWordLength = 5;
    private const int LongWordLength = 9;
    private const int ShortestSlip = 3;
    private const int ShortestWordWithSlip = 4;

    // Phrases are the questions' own words (content and choices), a bounded set read on every answer: normalise each once.
    private static readonly ConcurrentDictionary<string, string[]> PhraseWords = new(StringComparer.Ordinal);

    public static PhraseMatches Find(Token[] tokens, IReadOnlyList<IEnumerable<string>> groups)
    {
        // Filled in loops: every answer meets every phrase of every choice, and an iterator for each was most of what reading one allocated.
        var occurrences = new List<PhraseMatch>();
        for (var group = 0; group < groups.Count; group++)
        {
            foreach (var phrase in groups[group])
            {
                AddOccurrences(occurrences, tokens, group, phrase);
            }
        }

        var found = occurrences
            .OrderByDescending(match => match.Length)
            .ThenBy(match => match.Typos)
            .ThenBy(match => match.Start);
        var kept = new List<PhraseMatch>();
        foreach (var match in found)
        {
            // The same words as a phrase of another group ("red" as both a title and a synonym) stay, to show the tie; a typo's
            // reading of those words does not tie with their exact one ("comfortable" is two letters from "uncomfortable").
            if (kept.All(other => !other.Overlaps(match)
                || (other.Start == match.Start && other.Length == match.Length && other.Group != match.Group && other.Typos == match.Typos)))
            {
                kept.Add(match);
            }
        }

        var negators = LanguageData.English.Negators;
        var read = kept.Select(match => match with { Denied = DeniedBefore(tokens, match.Start, negators) }).ToList();
        var denialOfNothing = tokens
            .Select((token, index) => (token, index))
            .Any(word => negators.Contains(word.token.Text)
                && !read.Any(match => match.Start <= word.index && word.index < match.Start + match.Length)
                && !read.Any(match => match.Start > word.index && tokens[match.Start].Clause == word.token.Clause));
        return new PhraseMatches(read, denialOfNothing);
    }

    private static bool DeniedBefore(Token[] tokens, int start, HashSet<string> negators)
    {
        for (var index = start - 1; index >= 0 && tokens[index].Clause == tokens[start].Clause; index--)
        {
            if (negators.Contains(tokens[index].Text))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddOccurrences(List<PhraseMatch> into, Token[] tokens, int group, string phrase)
    {
        var words = PhraseWords.GetOrAdd(phrase, TextNormalizer.Tokenize);
        for (var start = 0; words.Length > 0 && start + words.Length <= tokens.Length; start++)
        {
            var typos = 0;
            for (var offset = 0; offset < words.Length && typos >= 0; offset++)
            {
                typos = WordDistance(tokens[start + offset].Text, words[offset]) is int distance ? typos + distance : -1;
            }

            if (typos >= 0)
            {
                into.Add(new PhraseMatch(group, phrase, start, words.Length, typos, Denied: false));
            }
        }
    }

    /// <summary>
    /// A slip of the fingers in a short word: one letter left out ("bak", "lowr", "nek") or two neighbours swapped
    /// ("nekc"), the first letter typed right, and the result no real word ("bad" is not "band"). A changed or added
    /// letter is not forgiven here: in words this short it mostly makes another word ("pack", "bank" for "back").
    /// </summary>
    private static bool IsShortWordSlip(string typed, string expected)
    {
        if (typed.Length < ShortestSlip || expected.Length < ShortestWordWithSlip || expected.Length > MinimumFuzzyWordLength
            || typed[0] != expected[0] || !typed.All(char.IsLetter) || !expected.All(char.IsLetter)
            || LanguageData.English.RealShortWords.Contains(typed))
        {
            return false;
        }

        if (typed.Length == expected.Length - 1)
        {
            return Enumerable.Range(1, expected.Length - 1).Any(left => string.Concat(expected.AsSpan(0, left), expected.AsSpan(left + 1)) == typed);
        }

        return typed.Length == expected.Length && Enumerable.Range(1, expected.Length - 2).Any(swap =>
            typed[swap] == expected[swap + 1] && typed[swap + 1] == expected[swap]
            && typed.AsSpan(0, swap).SequenceEqual(expected.AsSpan(0, swap))
            && typed.AsSpan(swap + 2).SequenceEqual(expected.AsSpan(swap + 2)));
    }

    /// <summary>0 for the same word, the number of typos when small enough to tolerate, otherwise null.</summary>
    private static int? WordDistance(string typed, string expected)
    {
        if (typed == expected)
        {
            return 0;
        }

        if (typed.Length < MinimumFuzzyWordLength || expected.Length < MinimumFuzzyWordLength
            || !expected.Any(char.IsLetter))
        {
            return IsShortWordSlip(typed, expected) ? 1 : null;
        }

        var allowed = expected.Length >= LongWordLength ? 2 : 1;
        var distance = EditDistance.Between(typed, expected);
        return distance <= allowed ? distance : null;
    }
}
