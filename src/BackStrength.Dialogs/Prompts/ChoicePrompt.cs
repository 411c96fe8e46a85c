using BackStrength.Dialogs.Choices;
using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs;

/// <summary>Asks the user to pick one of <see cref="PromptOptions.Choices"/>; see <see cref="ChoiceRecognizers"/> for what counts as a pick.</summary>
public class ChoicePrompt : Prompt<FoundChoice>
{
    public ChoicePrompt(string dialogId, PromptValidator<FoundChoice>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>How choices are shown unless <see cref="PromptOptions.Style"/> says otherwise.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>
    /// Says, without answering the user, whether a message that names no choice still answers the question ("same as
    /// last time" for a length of time), so that command words inside it are not taken as commands. Null claims nothing
    /// beyond the choices.
    /// </summary>
    public Func<ITurnContext, bool>? AlsoUnderstands { get; init; }

    /// <summary>
    /// The host's way of writing chat shorthand out ("idc" as "i do not care"), tried only when the words as typed pick no
    /// choice, on the answer and the choices' words alike, so "idc" picks a choice that lists "don't care". Null reads the
    /// words only as typed.
    /// </summary>
    public Func<string?, string>? WrittenOut { get; init; }

    public override async Task<bool> UnderstandsAnswerAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => await base.UnderstandsAnswerAsync(turnContext, instance, cancellationToken).ConfigureAwait(false)
            || (AlsoUnderstands?.Invoke(turnContext) ?? false);

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var message = ChoiceFactory.AppendChoices(QuestionFor(options, isRetry), turnContext.Activity, options.Choices ?? [], options.Style ?? Style);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var answer = AnswerText(turnContext.Activity);
        var choices = options.Choices ?? [];
        var found = WrittenOut is { } writtenOut
            ? ChoiceRecognizers.RecognizeChoice(answer, choices, writtenOut)
            : ChoiceRecognizers.RecognizeChoice(answer, choices);
        return Task.FromResult(new PromptRecognizerResult<FoundChoice> { Succeeded = found is not null, Value = found });
    }
}
