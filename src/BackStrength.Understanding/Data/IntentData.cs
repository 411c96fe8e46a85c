namespace BackStrength.Understanding.Data;

/// <summary>The phrases in intents.json: for each intent, phrases grouped by the weight a match carries.</summary>
internal sealed class IntentData
{
    /// <summary>Intent name, then weight (as text, e.g. "0.9"), then the phrases with that weight.</summary>
    public Dictionary<string, Dictionary<string, string[]>> Intents { get; init; } = [];

    /// <summary>Phrases that show a message asks about a named exercise ("how do I do", "show me").</summary>
    public string[] LookupCues { get; init; } = [];
}
