namespace BackStrength.Dialogs;

/// <summary>
/// The stored dialog stack no longer fits the dialogs this bot version defines (an unknown dialog id, a waterfall
/// step that no longer exists, state of the wrong shape). <see cref="DialogExtensions.RunAsync(Dialog, Microsoft.Bot.Builder.ITurnContext, Microsoft.Bot.Builder.IStatePropertyAccessor{DialogState}, CancellationToken)"/>
/// recovers from it by starting afresh; custom dialogs may throw it when their own stored state is unusable.
/// </summary>
public sealed class StaleDialogStateException : InvalidOperationException
{
    public StaleDialogStateException(string message)
        : base(message)
    {
    }
}
