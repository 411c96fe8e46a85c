namespace BackStrength.Dialogs;

/// <summary>Why a dialog is being resumed or ended.</summary>
public enum DialogReason
{
    /// <summary>The dialog was just started with <see cref="DialogContext.BeginDialogAsync"/>.</summary>
    BeginCalled,

    /// <summary>The user sent something and the dialog is continuing.</summary>
    ContinueCalled,

    /// <summary>A child dialog ended, or the dialog itself was ended, with <see cref="DialogContext.EndDialogAsync"/>.</summary>
    EndCalled,

    /// <summary>The dialog is being swapped for another with <see cref="DialogContext.ReplaceDialogAsync"/>.</summary>
    ReplaceCalled,

    /// <summary>The dialog was cancelled with <see cref="DialogContext.CancelAllDialogsAsync"/>.</summary>
    CancelCalled,

    /// <summary>A waterfall step moved on with <see cref="WaterfallStepContext.NextAsync"/>.</summary>
    NextCalled,
}
