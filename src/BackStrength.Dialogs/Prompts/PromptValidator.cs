namespace BackStrength.Dialogs;

/// <summary>Decides whether a recognized answer is acceptable; it may send its own message when it is not.</summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
