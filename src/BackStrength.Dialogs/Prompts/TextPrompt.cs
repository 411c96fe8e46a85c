using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs;

/// <summary>Asks for free text; any non-blank answer is accepted unless a validator says otherwise.</summary>
public class TextPrompt : Prompt<string>
{
    public TextPrompt(string dialogId, PromptValidator<string>? validator = null)
        : base(dialogId, validator)
    {
    }

    /// <summary>
    /// Says, without answering the user, whether a message answers this question ("3, beginner" answers "how much
    /// pain?"), so that command words inside an answer are not taken as commands. Null claims nothing.
    /// </summary>
    public Func<ITurnContext, bool>? Understands { get; init; }

    /// <summary>Any text is text: whether it answers the question is for <see cref="Understands"/> to say, so without it this never claims it.</summary>
    public override Task<bool> UnderstandsAnswerAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.FromResult(Understands?.Invoke(turnContext) ?? false);

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
