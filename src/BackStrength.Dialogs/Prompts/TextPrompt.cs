using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs;

/// <summary>Asks for free text; any non-blank answer is accepted unless a validator says otherwise.</summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var question = QuestionFor(options, isRetry);
        if (question is not null)
        {
            await turnContext.SendActivityAsync(Choices.ChoiceFactory.CopyForSending(question), cancellationToken).ConfigureAwait(false);
        }
    }

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
