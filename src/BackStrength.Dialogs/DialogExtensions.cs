using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs;

/// <summary>
/// The bot's entry point into a root dialog. It loads the stack, continues the active dialog or begins the root
/// one, and never saves: the caller saves the conversation state after a successful turn, so a turn that throws
/// leaves the stored stack as it was.
/// </summary>
public static class DialogExtensions
{
    /// <summary>Runs the turn, apologising with the default English text if the stored stack has gone stale.</summary>
    public static Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, CancellationToken cancellationToken)
        => RunAsync(dialog, turnContext, accessor, new DialogRunOptions(), cancellationToken);

    /// <summary>
    /// Runs the turn. If the stored stack no longer fits this bot's dialogs (see <see cref="StaleDialogStateException"/>),
    /// the stack is cleared, <see cref="DialogRunOptions.LostTrackMessage"/> is sent and the root dialog begins afresh.
    /// </summary>
    public static async Task<DialogTurnResult> RunAsync(this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> accessor, DialogRunOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(accessor);
        ArgumentNullException.ThrowIfNull(options);

        var dialogSet = new DialogSet(accessor).Add(dialog);
        var dc = await dialogSet.CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);

        DialogTurnResult result;
        try
        {
            result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (StaleDialogStateException)
        {
            dc.Stack.Clear();
            await turnContext.SendActivityAsync(MessageFactory.Text(options.LostTrackMessage), cancellationToken).ConfigureAwait(false);
            result = new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, null, cancellationToken).ConfigureAwait(false)
            : result;
    }
}
