namespace BackStrength.Understanding.Matching;

/// <summary>
/// Narrows the phrases or names worth trying at a word to those that can start with it. A typed word only ever
/// stands for a vocabulary word with the same first character (see <see cref="Text.Lexicon"/>), so entries are
/// grouped by the first characters of the words they can begin with; each group keeps the entries' order.
/// Without this every message was checked against every phrase at every word.
/// </summary>
internal sealed class FirstLetterIndex<T>
{
    private readonly Dictionary<char, T[]> _byFirstCharacter;

    public FirstLetterIndex(IEnumerable<T> entries, Func<T, IEnumerable<string>> firstWords)
    {
        _byFirstCharacter = entries
            .SelectMany(entry => firstWords(entry).Select(word => (First: word[0], Entry: entry)).DistinctBy(pair => pair.First))
            .GroupBy(pair => pair.First, pair => pair.Entry)
            .ToDictionary(group => group.Key, group => group.ToArray());
    }

    /// <summary>A span, so looping over it allocates nothing: it is looked up at every word of every message.</summary>
    public ReadOnlySpan<T> StartingLike(string word) =>
        word.Length > 0 && _byFirstCharacter.TryGetValue(word[0], out var entries) ? entries : [];
}
