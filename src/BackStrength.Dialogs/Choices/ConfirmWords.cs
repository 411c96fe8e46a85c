namespace BackStrength.Dialogs.Choices;

/// <summary>Recognizes yes and no in their everyday forms, from the phrases in Resources/en.json.</summary>
internal static class ConfirmWords
{
    private static readonly Lazy<(string[][] Yes, string[][] No)> Phrases = new(() =>
    {
        var words = LanguageData.English.Confirm;
        return ([.. words.Yes.Select(TextNormalizer.Tokenize)], [.. words.No.Select(TextNormalizer.Tokenize)]);
    });

    /// <summary>
    /// True or false when the answer is a yes/no phrase or starts with one (the longest wins, so "no thanks" is
    /// read as a whole); null otherwise.
    /// </summary>
    public static bool? Recognize(string? answer)
    {
        var tokens = TextNormalizer.Tokenize(answer);
        if (tokens.Length == 0)
        {
            return null;
        }

        var yes = LongestLeadingPhrase(tokens, Phrases.Value.Yes);
        var no = LongestLeadingPhrase(tokens, Phrases.Value.No);
        if (yes == no)
        {
            return null;
        }

        return yes > no;
    }

    private static int LongestLeadingPhrase(string[] tokens, string[][] phrases)
        => phrases
            .Where(phrase => phrase.Length > 0 && phrase.Length <= tokens.Length && tokens.AsSpan(0, phrase.Length).SequenceEqual(phrase))
            .Select(phrase => phrase.Length)
            .DefaultIfEmpty(0)
            .Max();
}
