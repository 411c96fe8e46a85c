using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs;

/// <summary>A step of conversation that can span several turns; its progress lives in a <see cref="DialogInstance"/>.</summary>
public abstract class Dialog
{
    /// <summary>Returned by a dialog that is waiting for the user's next message.</summary>
    public static readonly DialogTurnResult EndOfTurn = new(DialogTurnStatus.Waiting);

    protected Dialog(string dialogId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        Id = dialogId;
    }

    public string Id { get; }

    /// <summary>Called when the dialog is pushed onto the stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default);

    /// <summary>Called when the user replies while this dialog is active. By default the dialog simply ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
        => dc.EndDialogAsync(null, cancellationToken);

    /// <summary>Called when a child dialog ended and this dialog is active again. By default it ends with the child's result.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
        => dc.EndDialogAsync(result, cancellationToken);

    /// <summary>Asks the user again for whatever the dialog is waiting on. By default it does nothing.</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>
    /// Whether the dialog waiting on <paramref name="instance"/> understands the current message as its answer, without
    /// taking it. Lets a parent tell an answer from a command that shares its words ("beginner" answers "how used to
    /// exercise are you?" but also sounds like "make it easier"). By default it does not.
    /// </summary>
    public virtual Task<bool> UnderstandsAnswerAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.FromResult(false);

    /// <summary>Called just before the dialog is popped off the stack, so it can clean up. By default it does nothing.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;
}
