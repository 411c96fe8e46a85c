using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs;

/// <summary>Asks for free text; any non-blank answer is accepted unless a validator says otherwise.</summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>Any text is text: whether it answers the question is for the validator to say, so this never claims it.</summary>
    public override Task<bool> UnderstandsAnswerAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.FromResult(false);

    protected override Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
        => SendQuestionAsync(turnContext, options, isRetry, cancellationToken);

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = AnswerText(turnContext.Activity);
        var result = string.IsNullOrWhiteSpace(text)
            ? new PromptRecognizerResult<string>()
            : new PromptRecognizerResult<string> { Succeeded = true, Value = text };
        return Task.FromResult(result);
    }
}
