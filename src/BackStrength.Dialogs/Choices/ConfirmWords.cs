namespace BackStrength.Dialogs.Choices;

/// <summary>
/// Recognizes yes and no in their everyday forms, from the phrases in Resources/en.json plus the yes and no
/// choices' own titles and synonyms (a question may add its own: "comfortable", "it hurts").
/// </summary>
internal static class ConfirmWords
{
    private const int YesGroup = 0;
    private const int NoGroup = 1;
    private const int UnsureGroup = 2;

    /// <summary>
    /// True or false when everything the answer says points one way; null when it says nothing, hedges ("sort
    /// of", "not sure") or says both ("yes and no", "I can get down but not back up"). A denied yes is a no
    /// ("not comfortable", "not easily"), and a denial of nothing in particular counts as a no too.
    /// </summary>
    public static bool? Recognize(string? answer, Choice yes, Choice no)
    {
        var tokens = TextNormalizer.TokenizeClauses(answer);
        if (tokens.Length == 0)
        {
            return null;
        }

        var words = LanguageData.English.Confirm;
        var found = PhraseMatcher.Find(tokens,
        [
            [.. words.Yes, .. ChoiceRecognizers.PhrasesOf(yes)],
            [.. words.No, .. ChoiceRecognizers.PhrasesOf(no)],
            words.Unsure,
        ]);
        if (found.Matches.Any(match => match.Group == UnsureGroup))
        {
            return null;
        }

        var saysYes = found.Matches.Any(match => match.Group == YesGroup && !match.Denied);
        var saysNo = found.DenialOfNothing || found.Matches.Any(match => match.Group == YesGroup && match.Denied)
            || found.Matches.Any(match => match.Group == NoGroup && !match.Denied);
        return saysYes == saysNo ? null : saysYes;
    }
}
