using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs;

/// <summary>
/// The dialog stack for one turn: starts, continues, ends and replaces dialogs. Nothing here saves state;
/// the caller saves the conversation state after a successful turn.
/// </summary>
public class DialogContext
{
    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state)
        : this(dialogs, turnContext, null, StackOf(state))
    {
    }

    /// <summary>A context for a dialog set nested in <paramref name="parentDialogContext"/>'s active dialog.</summary>
    public DialogContext(DialogSet dialogs, DialogContext parentDialogContext, DialogState state)
        : this(dialogs, (parentDialogContext ?? throw new ArgumentNullException(nameof(parentDialogContext))).Context, parentDialogContext, StackOf(state))
    {
    }

    /// <summary>A second view of an existing stack, as a waterfall step gets.</summary>
    private protected DialogContext(DialogContext sharedStack)
        : this(sharedStack.Dialogs, sharedStack.Context, sharedStack.Parent, sharedStack.Stack)
    {
    }

    private DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogContext? parent, List<DialogInstance> stack)
    {
        Dialogs = dialogs ?? throw new ArgumentNullException(nameof(dialogs));
        Context = turnContext ?? throw new ArgumentNullException(nameof(turnContext));
        Parent = parent;
        Stack = stack;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The stack of running dialogs; the active one is at index 0.</summary>
    public List<DialogInstance> Stack { get; }

    /// <summary>The context of the component dialog that owns this one, if any.</summary>
    public DialogContext? Parent { get; }

    public DialogInstance? ActiveDialog => Stack.Count > 0 ? Stack[0] : null;

    /// <summary>Finds a dialog in this set or, failing that, in the sets of the parents.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    /// <summary>Pushes a new instance of the dialog and starts it.</summary>
    public async Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"Cannot begin dialog '{dialogId}': no dialog with that id was added.");

        Stack.Insert(0, new DialogInstance { Id = dialogId, State = new Dictionary<string, object>() });
        return await dialog.BeginDialogAsync(this, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts a prompt; the same as <see cref="BeginDialogAsync"/> with typed options.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the user's message to the active dialog, or returns Empty when nothing is running.</summary>
    public async Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        return await FindActiveDialog(instance).ContinueDialogAsync(this, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);

        var parent = ActiveDialog;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await FindActiveDialog(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog on this stack (not the parents'); returns Cancelled, or Empty if nothing was running.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (Stack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (Stack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Ends the active dialog without resuming its parent and starts another in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the active dialog understands the current message as its answer (see <see cref="Dialog.UnderstandsAnswerAsync"/>).</summary>
    public Task<bool> ActiveDialogUnderstandsAnswerAsync(CancellationToken cancellationToken = default)
        => ActiveDialog is { } instance
            ? FindActiveDialog(instance).UnderstandsAnswerAsync(Context, instance, cancellationToken)
            : Task.FromResult(false);

    /// <summary>Asks the active dialog to repeat its question.</summary>
    public async Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var instance = ActiveDialog;
        if (instance is not null)
        {
            await FindActiveDialog(instance).RepromptDialogAsync(Context, instance, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var instance = ActiveDialog;
        if (instance is null)
        {
            return;
        }

        // An unknown dialog cannot clean up, but it must still leave the stack.
        var dialog = FindDialog(instance.Id);
        if (dialog is not null)
        {
            await dialog.EndDialogAsync(Context, instance, reason, cancellationToken).ConfigureAwait(false);
        }

        Stack.RemoveAt(0);
    }

    private static List<DialogInstance> StackOf(DialogState state)
        => (state ?? throw new ArgumentNullException(nameof(state))).DialogStack ??= [];

    private Dialog FindActiveDialog(DialogInstance instance)
        => (instance.Id is null ? null : FindDialog(instance.Id))
            ?? throw new StaleDialogStateException($"The stored dialog stack names dialog '{instance.Id}', which this bot no longer has.");
}
