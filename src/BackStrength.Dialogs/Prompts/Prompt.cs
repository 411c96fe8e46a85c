using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Dialogs;

/// <summary>
/// Asks a question and waits for an answer of type <typeparamref name="T"/>. An answer that is not understood (or
/// fails the validator) gets the retry prompt; after <see cref="MaxAttempts"/> such answers the prompt gives up
/// and ends with a null result, so the parent step sees <c>Result == null</c> and can move on.
/// An Adaptive Card submit (a message with a Value and no text) answers the prompt too: see <see cref="SubmitValueKey"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    /// <summary>The card field read after <see cref="SubmitValueKey"/> when that is missing.</summary>
    public const string GenericSubmitValueKey = "value";

    private const string PersistedOptions = "options";
    private const string PersistedState = "state";
    private const string AttemptCountKey = "AttemptCount";
    private const int DefaultMaxAttempts = 3;

    private readonly PromptValidator<T>? _validator;
    private readonly int _maxAttempts = DefaultMaxAttempts;

    protected Prompt(string dialogId, PromptValidator<T>? validator = null)
        : base(dialogId)
    {
        _validator = validator;
    }

    /// <summary>How many unaccepted answers the prompt takes before it ends with no answer. Defaults to 3.</summary>
    public int MaxAttempts
    {
        get => _maxAttempts;
        init => _maxAttempts = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(value), value, "A prompt must allow at least one attempt.");
    }

    /// <summary>
    /// The field of a submitted card's data that holds the answer; defaults to the prompt's id. When the card data
    /// has no such field, <c>"value"</c> and then <c>"choice"</c> are tried.
    /// </summary>
    public string? SubmitValueKey { get; init; }

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"Prompt '{Id}' must be started with {nameof(PromptOptions)}.", nameof(options));
        }

        var state = InstanceState(dc.ActiveDialog);
        var promptState = new Dictionary<string, object> { [AttemptCountKey] = 0 };
        state[PersistedOptions] = promptOptions;
        state[PersistedState] = promptState;
        await OnPromptAsync(dc.Context, promptState, promptOptions, false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (dc.Context.Activity.Type != ActivityTypes.Message)
        {
            return EndOfTurn;
        }

        var (options, promptState) = Stored(dc.ActiveDialog);
        var answeredBeforeValidation = dc.Context.Responded;
        var recognized = await OnRecognizeAsync(dc.Context, promptState, options, cancellationToken).ConfigureAwait(false);
        var attempts = promptState.GetValue<int>(AttemptCountKey) + 1;
        promptState[AttemptCountKey] = attempts;

        var accepted = _validator is null
            ? recognized.Succeeded
            : await _validator(new PromptValidatorContext<T>(dc.Context, recognized, promptState, options, attempts), cancellationToken).ConfigureAwait(false);
        if (accepted)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (attempts >= MaxAttempts)
        {
            return await dc.EndDialogAsync(null, cancellationToken).ConfigureAwait(false);
        }

        // A validator that already explained the problem has answered; a retry prompt on top would repeat it. A reply
        // sent before the prompt saw the message (a word from the bot about something else) leaves the question open.
        if (answeredBeforeValidation || !dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, promptState, options, true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog started on top of the prompt has ended: ask the question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog ?? throw new InvalidOperationException("The prompt is not on the dialog stack.");
        await RepromptDialogAsync(dc.Context, instance, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        var (options, promptState) = Stored(instance);
        // A question first asked by a card has no line of its own to repeat; its retry line says what is awaited.
        await OnPromptAsync(turnContext, promptState, options, isRetry: options.Prompt is null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Whether the recognizer makes sense of the message; the validator is not run, as it may answer the user.</summary>
    public override async Task<bool> UnderstandsAnswerAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (turnContext.Activity.Type != ActivityTypes.Message)
        {
            return false;
        }

        var (options, promptState) = Stored(instance);
        var recognized = await OnRecognizeAsync(turnContext, new Dictionary<string, object>(promptState), options, cancellationToken).ConfigureAwait(false);
        return recognized.Succeeded;
    }

    /// <summary>Sends the question, or the retry question when <paramref name="isRetry"/>.</summary>
    protected abstract Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default);

    /// <summary>Makes sense of the user's answer.</summary>
    protected abstract Task<PromptRecognizerResult<T>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default);

    /// <summary>Sends the question (or the retry question) as it is, for prompts that add nothing to it.</summary>
    protected static async Task SendQuestionAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var question = QuestionFor(options, isRetry);
        if (question is not null)
        {
            await turnContext.SendActivityAsync(PromptActivity.CopyForSending(question), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The question to send: the retry prompt on a retry when there is one, otherwise the prompt.</summary>
    protected static IActivity? QuestionFor(PromptOptions options, bool isRetry)
    {
        ArgumentNullException.ThrowIfNull(options);
        return isRetry && options.RetryPrompt is not null ? options.RetryPrompt : options.Prompt;
    }

    /// <summary>
    /// The answer as text: what the user typed, or, for a card submit with no text, the card field named by
    /// <see cref="SubmitValueKey"/> (else "value", else "choice") converted to text with the invariant culture.
    /// </summary>
    protected string? AnswerText(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var message = activity.AsMessageActivity();
        if (message is null)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(message.Text))
        {
            return message.Text;
        }

        return message.Value is null ? null : CardSubmit.ReadAnswer(message.Value, [SubmitValueKey ?? Id, GenericSubmitValueKey, CardSubmit.ChoiceKey]);
    }

    private static IDictionary<string, object> InstanceState(DialogInstance? instance)
    {
        var active = instance ?? throw new InvalidOperationException("The prompt is not on the dialog stack.");
        return active.State ??= new Dictionary<string, object>();
    }

    private (PromptOptions Options, IDictionary<string, object> PromptState) Stored(DialogInstance? instance)
    {
        var state = InstanceState(instance);
        var options = StoredValues.GetLive<PromptOptions>(state, PersistedOptions)
            ?? throw new StaleDialogStateException($"Prompt '{Id}' has no stored options.");
        return (options, StoredValues.GetOrAddDictionary(state, PersistedState));
    }
}
