namespace BackStrength.Cards;

/// <summary>A card template contains a <c>${...}</c> expression that cannot be parsed.</summary>
public sealed class TemplateSyntaxException(string message) : Exception(message);
