namespace BackStrength.Dialogs;

/// <summary>The outcome of a call into the dialog stack.</summary>
public class DialogTurnResult
{
    public DialogTurnResult(DialogTurnStatus status, object? result = null)
    {
        Status = status;
        Result = result;
    }

    public DialogTurnStatus Status { get; }

    /// <summary>The value the finished dialog returned, when <see cref="Status"/> is Complete.</summary>
    public object? Result { get; }
}
