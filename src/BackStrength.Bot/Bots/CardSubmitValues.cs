using BackStrength.Cards;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Bots;

/// <summary>
/// Puts a card submit's data in the form Adaptive Card hosts send, whatever client sent it: a multi-select's
/// choices as one comma-separated string, and a field without a value left out. Some clients send the choices as
/// a JSON array, and the coaching conversation would otherwise read none of them, a ticked warning sign included.
/// The card's own data (its <c>action</c>) is never a list, so a list there is left for the conversation to refuse.
/// </summary>
public static class CardSubmitValues
{
    public static void Normalize(JObject value)
    {
        foreach (var field in value.Properties().Where(field => field.Name != CardActions.ActionField).ToList())
        {
            switch (field.Value)
            {
                case { Type: JTokenType.Null or JTokenType.Undefined }:
                    field.Remove();
                    break;
                case JArray choices when choices.All(choice => choice is JValue { Value: not null }):
                    field.Value = string.Join(',', choices.Select(choice => choice.ToString()));
                    break;
                case JArray:
                    // Not a list of choices any card sends: like a field never filled in.
                    field.Remove();
                    break;
            }
        }
    }
}
