using BackStrength.Cards;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Conversation;

/// <summary>Reads which card button was tapped, so a prompt can take the tap as its answer.</summary>
public static class CardAnswers
{
    /// <summary>The <c>action</c> of a submitted card, or null for typed text.</summary>
    public static string? ActionOf(Microsoft.Bot.Builder.ITurnContext turnContext) =>
        turnContext.Activity.Value is JObject value && value[CardActions.ActionField]?.Type == JTokenType.String
            ? value[CardActions.ActionField]!.Value<string>()
            : null;
}
