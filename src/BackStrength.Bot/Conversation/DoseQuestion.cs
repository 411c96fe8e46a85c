using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Bot.State;
using BackStrength.Coaching.Exercises;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// "How many reps?", "how long do I rest?" or "can you time me?" at an exercise: the dose of the exercise on screen,
/// said in one line, instead of the whole card again or "say done when you've finished".
/// </summary>
public sealed class DoseQuestion(ExerciseLibrary library, DoseText doses, IOptions<ConversationTexts> texts, IOptions<AnswerVocabulary> vocabulary)
{
    /// <summary>The answer, or null when no exercise is on screen or the message does not ask about the dose.</summary>
    public string? AnswerFor(CoachingState coaching, string? text)
    {
        if (coaching is not { HasCurrentExercise: true, Session.AwaitingFeeling: false } || !vocabulary.Value.AsksAboutDose(text))
        {
            return null;
        }

        var item = coaching.Plan!.Items[coaching.Session.Index];
        return string.Format(CultureInfo.InvariantCulture, texts.Value.DoseAnswer, library.GetVariation(item.VariationId).Name, doses.Describe(item.Dose));
    }
}
