using Microsoft.Bot.Schema;

namespace BackStrength.Dialogs;

/// <summary>
/// A dialog that runs its steps in order. A step usually starts a prompt or child dialog and returns its result;
/// when that ends, the next step runs with the answer in <see cref="WaterfallStepContext.Result"/>. After the
/// last step the waterfall ends with the last result.
/// </summary>
public class WaterfallDialog : Dialog
{
    private const string OptionsKey = "options";
    private const string ValuesKey = "values";
    private const string StepIndexKey = "stepIndex";

    private readonly List<WaterfallStep> _steps;

    public WaterfallDialog(string dialogId, IEnumerable<WaterfallStep>? steps = null)
        : base(dialogId)
    {
        _steps = steps is null ? [] : [.. steps];
        if (_steps.Any(step => step is null))
        {
            throw new ArgumentException("A waterfall step cannot be null.", nameof(steps));
        }
    }

    /// <summary>Appends a step; returns the waterfall so steps can be chained.</summary>
    public WaterfallDialog AddStep(WaterfallStep step)
    {
        ArgumentNullException.ThrowIfNull(step);
        _steps.Add(step);
        return this;
    }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = ActiveState(dc);
        if (options is null)
        {
            state.Remove(OptionsKey);
        }
        else
        {
            state[OptionsKey] = options;
        }

        state[ValuesKey] = new Dictionary<string, object>();
        return RunStepAsync(dc, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>
    /// The <see cref="WaterfallStepContext.Values"/> of a running waterfall, as its later steps will see them: for a
    /// parent that learns one of the run's answers out of turn ("actually, make my pain a 6").
    /// </summary>
    public static IDictionary<string, object> ValuesOf(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return StoredValues.GetOrAddDictionary(instance.State, ValuesKey);
    }

    /// <summary>A message while a step waits without a child dialog becomes that step's result; other activities are ignored.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return Task.FromResult(EndOfTurn);
        }

        return ResumeDialogAsync(dc, DialogReason.ContinueCalled, dc.Context.Activity.Text, cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var state = ActiveState(dc);
        var index = StoredValues.Convert<int?>(state.TryGetValue(StepIndexKey, out var stored) ? stored : null);

        // A stored index this version has no step for means the state came from a different bot version.
        if (index is null || index < 0 || index >= _steps.Count)
        {
            throw new StaleDialogStateException($"Waterfall '{Id}' was stored at step {index?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} but has {_steps.Count} steps.");
        }

        return RunStepAsync(dc, index.Value + 1, reason, result, cancellationToken);
    }

    private async Task<DialogTurnResult> RunStepAsync(DialogContext dc, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        if (index >= _steps.Count)
        {
            return await dc.EndDialogAsync(result, cancellationToken).ConfigureAwait(false);
        }

        var state = ActiveState(dc);
        state[StepIndexKey] = index;
        var options = state.TryGetValue(OptionsKey, out var storedOptions) ? storedOptions : null;
        var values = StoredValues.GetOrAddDictionary(state, ValuesKey);
        var stepContext = new WaterfallStepContext(this, dc, options, values, index, reason, result);
        return await _steps[index](stepContext, cancellationToken).ConfigureAwait(false);
    }

    private static IDictionary<string, object> ActiveState(DialogContext dc)
    {
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("The waterfall is not on the dialog stack.");
        return instance.State ??= new Dictionary<string, object>();
    }
}
