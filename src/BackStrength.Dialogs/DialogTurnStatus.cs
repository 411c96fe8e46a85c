namespace BackStrength.Dialogs;

/// <summary>Where the dialog stack stands at the end of a call.</summary>
public enum DialogTurnStatus
{
    /// <summary>The stack is empty: nothing was running.</summary>
    Empty,

    /// <summary>A dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack finished; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The dialogs on the stack were cancelled.</summary>
    Cancelled,
}
