using BackStrength.Cards;
using BackStrength.Dialogs;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Validators that let a prompt take a tap on a card button as its answer, as well as whatever the prompt
/// recognises in typed text.
/// </summary>
public static class CardAnswers
{
    /// <summary>The <c>action</c> of a submitted card, or null for typed text.</summary>
    public static string? ActionOf(Microsoft.Bot.Builder.ITurnContext turnContext) =>
        turnContext.Activity.Value is JObject value && value[CardActions.ActionField]?.Type == JTokenType.String
            ? value[CardActions.ActionField]!.Value<string>()
            : null;

    /// <summary>A validator that accepts the given card action as <paramref name="answer"/>.</summary>
    public static PromptValidator<T> AcceptCardAction<T>(string action, T answer) => (prompt, _) =>
    {
        if (ActionOf(prompt.Context) == action)
        {
            prompt.Recognized.Value = answer;
            prompt.Recognized.Succeeded = true;
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    };
}
