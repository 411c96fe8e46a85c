namespace BackStrength.Cards;

/// <summary>A card was requested by a name that has no template in the catalog folder.</summary>
public sealed class UnknownCardException(string cardName, string directory, IEnumerable<string> knownNames)
    : KeyNotFoundException($"No card template named '{cardName}' in '{directory}'. Known cards: {string.Join(", ", knownNames)}.")
{
    public string CardName { get; } = cardName;
}
