namespace BackStrength.Understanding.Data;

/// <summary>The word lists in otherLanguages.json that tell a message clearly in another language from English.</summary>
internal sealed class OtherLanguageData
{
    /// <summary>Very common words of each language, by the language's name; none is also an English word.</summary>
    public Dictionary<string, string[]> FunctionWords { get; init; } = [];

    /// <summary>Words that, sent alone, can only be another language ("oui", "bonjour").</summary>
    public string[] StandaloneWords { get; init; } = [];
}
