using BackStrength.Cards;
using BackStrength.Coaching.Safety;
using BackStrength.Understanding;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Turns an incoming message into a <see cref="UserInput"/>. A card button names its action outright; typed
/// text goes through the recognizer. Both are screened for red-flag symptoms.
/// </summary>
public sealed class InputReader(IntentRecognizer recognizer, SafetyScreen safetyScreen)
{
    private static readonly Dictionary<string, Intent> IntentOfCardAction = new(StringComparer.Ordinal)
    {
        [CardActions.Start] = Intent.Start,
        [CardActions.Help] = Intent.Help,
        [CardActions.Easier] = Intent.Easier,
        [CardActions.Harder] = Intent.Harder,
        [CardActions.Swap] = Intent.Swap,
        [CardActions.Skip] = Intent.Skip,
        [CardActions.Done] = Intent.Done,
        [CardActions.Hurts] = Intent.Pain,
        [CardActions.ShowLibrary] = Intent.ShowLibrary,
        [CardActions.ShowExercise] = Intent.ExerciseLookup,
        [CardActions.StartOver] = Intent.StartOver,
        [CardActions.EndSession] = Intent.Stop,
        [CardActions.SetReminder] = Intent.Reminder,
        [CardActions.SnoozeReminder] = Intent.Reminder,
    };

    public UserInput Read(ITurnContext turnContext)
    {
        var activity = turnContext.Activity;
        var cardValue = activity.Value as JObject;
        var cardAction = cardValue?[CardActions.ActionField]?.Type == JTokenType.String
            ? cardValue[CardActions.ActionField]!.Value<string>()
            : null;

        if (cardAction is not null)
        {
            var intent = IntentOfCardAction.GetValueOrDefault(cardAction, Intent.None);
            var exerciseId = cardValue![CardActions.ExerciseIdField]?.Type == JTokenType.String
                ? cardValue[CardActions.ExerciseIdField]!.Value<string>()
                : null;
            return new UserInput(intent, cardAction, cardValue, exerciseId, null, []);
        }

        var text = activity.Text ?? string.Empty;
        var recognition = recognizer.Recognize(text);
        return new UserInput(recognition.Intent, null, cardValue, recognition.ExerciseId, recognition.Number,
            safetyScreen.ScanText(text))
        {
            MentionsPain = recognition.Intent == Intent.Pain || recognizer.IntentsIn(text).Contains(Intent.Pain),
            Place = recognition.Place,
            WholePlan = recognition.WholePlan,
            Replacement = recognition.Replacement,
            Minutes = recognition.Minutes,
        };
    }
}
