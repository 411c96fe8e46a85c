namespace BackStrength.Dialogs.Choices;

/// <summary>Leaves out what an answer denies, for readers that look for a number or a length in it.</summary>
public static class Denials
{
    /// <summary>
    /// The answer without each negator and the rest of its clause: "I don't have 30 minutes, maybe 10" becomes
    /// "i maybe 10" (normalised, see <see cref="TextNormalizer"/>). An answer without a negator comes back unchanged.
    /// </summary>
    public static string? WithoutDenied(string? answer)
    {
        var tokens = TextNormalizer.TokenizeClauses(answer);
        var negators = LanguageData.English.Negators;
        if (!tokens.Any(token => negators.Contains(token.Text)))
        {
            return answer;
        }

        int? deniedClause = null;
        var kept = new List<string>();
        foreach (var token in tokens)
        {
            if (negators.Contains(token.Text))
            {
                deniedClause = token.Clause;
            }
            else if (token.Clause != deniedClause)
            {
                kept.Add(token.Text);
            }
        }

        return string.Join(' ', kept);
    }
}
