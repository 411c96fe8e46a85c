namespace BackStrength.Dialogs;

/// <summary>The inclusive range a <see cref="NumberPrompt{T}"/> accepts, given as <see cref="PromptOptions.Validations"/>.</summary>
public sealed record NumberRange(double Min, double Max);
