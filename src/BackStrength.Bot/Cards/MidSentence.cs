namespace BackStrength.Bot.Cards;

/// <summary>
/// An exercise or variation name as it reads inside a sentence ("How did the bird dog feel?"). Only the first
/// letter is lowered, and only when it starts an ordinary word, so letters that carry meaning stay as written
/// ("kickstand RDL", "bent-over I, Y, T").
/// </summary>
public static class MidSentence
{
    public static string Name(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && char.IsLower(name[1])
            ? char.ToLowerInvariant(name[0]) + name[1..]
            : name;
}
