namespace BackStrength.Dialogs.Choices;

/// <summary>The positions of the choices an answer names, and of those it names only to deny ("I don't have a band").</summary>
public sealed record ChoiceMentions(IReadOnlyList<int> Named, IReadOnlyList<int> Denied);
