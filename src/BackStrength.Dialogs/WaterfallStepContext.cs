namespace BackStrength.Dialogs;

/// <summary>What a waterfall step sees: the dialog stack plus the step's position, the options and the values bag.</summary>
public class WaterfallStepContext : DialogContext
{
    private readonly WaterfallDialog _waterfall;
    private bool _nextCalled;

    internal WaterfallStepContext(WaterfallDialog waterfall, DialogContext dc, object? options, IDictionary<string, object> values, int index, DialogReason reason, object? result)
        : base(dc)
    {
        _waterfall = waterfall;
        Options = options;
        Values = values;
        Index = index;
        Reason = reason;
        Result = result;
    }

    /// <summary>The zero-based position of the running step.</summary>
    public int Index { get; }

    /// <summary>The options the waterfall was begun with (a JObject if storage dropped type names).</summary>
    public object? Options { get; }

    public DialogReason Reason { get; }

    /// <summary>The previous step's outcome: a prompt's answer, a child dialog's result, or the value given to NextAsync.</summary>
    public object? Result { get; }

    /// <summary>
    /// Values kept across the steps of this waterfall run and saved with the conversation state. Keep them to
    /// primitives, strings, lists and dictionaries; read them back with <see cref="StoredValues.GetValue{T}"/>.
    /// </summary>
    public IDictionary<string, object> Values { get; }

    /// <summary>Skips to the next step without waiting for the user, passing <paramref name="result"/> as its Result.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        if (_nextCalled)
        {
            throw new InvalidOperationException($"NextAsync was already called for step {Index} of waterfall '{_waterfall.Id}'.");
        }

        _nextCalled = true;
        return _waterfall.ResumeDialogAsync(this, DialogReason.NextCalled, result, cancellationToken);
    }
}
