using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs;

/// <summary>
/// A dialog made of other dialogs, with its own inner stack kept in its instance state. Override
/// <see cref="OnContinueDialogAsync"/> to handle global commands (help, cancel, start over) before the active inner
/// dialog sees the message: answer and re-prompt with <see cref="DialogContext.RepromptDialogAsync"/> and return
/// <see cref="Dialog.EndOfTurn"/>, or cancel/replace the inner dialogs.
/// </summary>
public class ComponentDialog : Dialog
{
    private const string InnerStackKey = "dialogs";

    public ComponentDialog(string dialogId)
        : base(dialogId)
    {
    }

    /// <summary>The inner dialog started when this component begins; defaults to the first dialog added.</summary>
    public string? InitialDialogId { get; set; }

    protected DialogSet Dialogs { get; } = new();

    /// <summary>Adds an inner dialog; the first one added becomes <see cref="InitialDialogId"/> unless set.</summary>
    public ComponentDialog AddDialog(Dialog dialog)
    {
        Dialogs.Add(dialog);
        InitialDialogId ??= dialog.Id;
        return this;
    }

    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId);

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext outerDc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerDc = CreateInnerContext(outerDc);
        var turnResult = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext outerDc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var innerDc = CreateInnerContext(outerDc);
        var turnResult = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return turnResult.Status == DialogTurnStatus.Waiting
            ? EndOfTurn
            : await EndComponentAsync(outerDc, turnResult.Result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Only reached when an outer dialog started on top of this component ends. The inner stack is still waiting,
    /// so the user is asked its question again.
    /// </summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext outerDc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        var instance = outerDc.ActiveDialog ?? throw new InvalidOperationException("The component is not on the dialog stack.");
        await RepromptDialogAsync(outerDc.Context, instance, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var innerDc = new DialogContext(Dialogs, turnContext, InnerState(instance));
        await innerDc.RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        await OnRepromptDialogAsync(turnContext, instance, cancellationToken).ConfigureAwait(false);
    }

    public override Task<bool> UnderstandsAnswerAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => new DialogContext(Dialogs, turnContext, InnerState(instance)).ActiveDialogUnderstandsAnswerAsync(cancellationToken);

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        // Cancelling the component cancels what runs inside it, so inner dialogs get to clean up too.
        if (reason == DialogReason.CancelCalled)
        {
            var innerDc = new DialogContext(Dialogs, turnContext, InnerState(instance));
            await innerDc.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        }

        await OnEndDialogAsync(turnContext, instance, reason, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Starts the inner dialogs; by default begins <see cref="InitialDialogId"/> with the component's options.</summary>
    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        var initial = InitialDialogId ?? throw new InvalidOperationException($"Component '{Id}' has no dialogs to start.");
        return innerDc.BeginDialogAsync(initial, options, cancellationToken);
    }

    /// <summary>Hands the user's message to the inner stack. Override to intercept global commands first.</summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
        => innerDc.ContinueDialogAsync(cancellationToken);

    protected virtual Task OnRepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    protected virtual Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>Called when the inner stack finished or was cancelled: ends the component with the inner result.</summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
        => outerDc.EndDialogAsync(result, cancellationToken);

    /// <summary>The component's own dialogs and stack for <paramref name="instance"/>, to look into from outside a turn of its own.</summary>
    protected DialogContext InnerContext(ITurnContext turnContext, DialogInstance instance) =>
        new(Dialogs, turnContext, InnerState(instance));

    private DialogContext CreateInnerContext(DialogContext outerDc)
    {
        var instance = outerDc.ActiveDialog ?? throw new InvalidOperationException("The component is not on the dialog stack.");
        return new DialogContext(Dialogs, outerDc, InnerState(instance));
    }

    private DialogState InnerState(DialogInstance instance)
    {
        instance.State ??= new Dictionary<string, object>();
        var state = StoredValues.GetLive<DialogState>(instance.State, InnerStackKey);
        if (state is null)
        {
            state = new DialogState();
            instance.State[InnerStackKey] = state;
        }

        return state;
    }
}
