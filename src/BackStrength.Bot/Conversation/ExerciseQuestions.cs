using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Bot.State;
using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Short questions about the exercise on screen, answered in a line instead of the whole card again or "say done when
/// you've finished": its dose ("how many reps?", "can you time me?") and its kit ("can I use a water bottle?", "do I
/// need a band for this?", "what do I hold?").
/// </summary>
public sealed class ExerciseQuestions(ExerciseLibrary library, DoseText doses, IOptions<ConversationTexts> texts, IOptions<AnswerVocabulary> vocabulary)
{
    private readonly ConversationTexts _texts = texts.Value;
    private readonly AnswerVocabulary _vocabulary = vocabulary.Value;

    /// <summary>The answer, or null when no exercise is on screen or the message asks about neither.</summary>
    public string? AnswerFor(CoachingState coaching, string? text)
    {
        if (coaching is not { HasCurrentExercise: true, Session.AwaitingFeeling: false })
        {
            return null;
        }

        var item = coaching.Plan!.Items[coaching.Session.Index];
        var version = library.GetVariation(item.VariationId);
        if (_vocabulary.AsksAboutDose(text))
        {
            return Format(_texts.DoseAnswer, version.Name, doses.Describe(item.Dose));
        }

        var named = _vocabulary.KitNamedExactly(text);
        return named is not null || _vocabulary.AsksAboutKit(text) ? KitAnswer(version, named ?? Equipment.None) : null;
    }

    /// <summary>What the version needs and may use, after saying it does without <paramref name="asked"/> when it does.</summary>
    private string KitAnswer(Variation version, Equipment asked)
    {
        var unused = asked & ~(version.RequiredEquipment | version.OptionalEquipment);
        var answer = new List<string>();
        if (unused != Equipment.None)
        {
            answer.Add(Format(_texts.KitAnswers.NotUsed, _texts.KitInWords(unused, " or ")));
        }

        answer.Add(version.RequiredEquipment == Equipment.None
            ? Format(_texts.KitAnswers.NeedsNothing, version.Name)
            : Format(_texts.KitAnswers.Needs, version.Name, _texts.KitInWords(version.RequiredEquipment, " and ")));
        if (version.OptionalEquipment != Equipment.None)
        {
            var optional = _texts.KitInWords(version.OptionalEquipment, " or ");
            answer.Add(Format(_texts.KitAnswers.Optional, char.ToUpperInvariant(optional[0]) + optional[1..]));
        }

        return string.Join(' ', answer);
    }

    private static string Format(string text, params object[] values) => string.Format(CultureInfo.InvariantCulture, text, values);
}
