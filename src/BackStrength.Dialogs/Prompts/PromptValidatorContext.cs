using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs;

/// <summary>What a <see cref="PromptValidator{T}"/> gets to look at.</summary>
public class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext turnContext, PromptRecognizerResult<T> recognized, IDictionary<string, object> state, PromptOptions options, int attemptCount)
    {
        Context = turnContext;
        Recognized = recognized;
        State = state;
        Options = options;
        AttemptCount = attemptCount;
    }

    public ITurnContext Context { get; }

    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's persisted state, which the validator may use to remember things between attempts.</summary>
    public IDictionary<string, object> State { get; }

    public PromptOptions Options { get; }

    /// <summary>How many answers the user has given to this prompt, counting this one.</summary>
    public int AttemptCount { get; }
}
