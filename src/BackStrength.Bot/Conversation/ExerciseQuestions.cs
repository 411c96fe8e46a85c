using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Bot.State;
using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;
using BackStrength.Understanding;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Short questions about the exercise on screen, answered in a line instead of the whole card again or "say done when
/// you've finished": its dose ("how many reps?", "can you time me?"), its kit ("can I use a water bottle?", "do I
/// need a band for this?", "what do I hold?"), its sides ("do I have to do both sides?"), its form ("how do I keep my
/// back flat?") and where it should be felt ("should I feel this in my back?"), each from the exercise's own content.
/// </summary>
public sealed class ExerciseQuestions(ExerciseLibrary library, DoseText doses, IntentRecognizer recognizer, IOptions<ConversationTexts> texts,
    IOptions<AnswerVocabulary> vocabulary)
{
    // Shorter words than this are compared whole: "arm" is no stem of "army", but "elbow" is of "elbows".
    private const int MinimumStemLength = 4;

    private readonly ConversationTexts _texts = texts.Value;
    private readonly AnswerVocabulary _vocabulary = vocabulary.Value;

    /// <summary>
    /// The answer, or null when no exercise is on screen or the message asks about none of these. A message read as
    /// <see cref="Intent.Swap"/> is answered only when it asks about sides ("do I switch sides?"), one read as <see
    /// cref="Intent.OutOfScope"/> only when it asks where to feel the exercise and nothing a clinician should answer;
    /// the steps are searched only for a question the recognizer found no intent in, or one that names a part of the body
    /// while asking for the exercise again ("where do my feet go?"). The caller answers no message
    /// that speaks of pain here: pain stops the exercise.
    /// </summary>
    public string? AnswerFor(CoachingState coaching, string? text, Intent intent)
    {
        if (coaching is not { HasCurrentExercise: true, Session.AwaitingFeeling: false })
        {
            return null;
        }

        var item = coaching.Plan!.Items[coaching.Session.Index];
        var version = library.GetVariation(item.VariationId);
        var normalised = AnswerVocabulary.Normalise(text);
        // "Is it normal to feel it in my lower back?" is the recognizer's to point to a clinician only when what is left
        // without "is it normal" still asks one ("... while pregnant?").
        if (intent == Intent.OutOfScope && recognizer.Recognize(_vocabulary.WithoutSensationChecks(normalised)).Intent == Intent.OutOfScope)
        {
            return null;
        }

        if (_vocabulary.AsksWhereToFeel(text, normalised))
        {
            return FeelAnswer(library.GetExercise(item.ExerciseId), version);
        }

        // Whether a form suits someone ("is it ok to do this with bad knees?") stays the clinician's question.
        if (intent == Intent.OutOfScope)
        {
            return null;
        }
        if (_vocabulary.AsksAboutSides(normalised))
        {
            return Format(_texts.SidesAnswers.For(version.Sides), MidSentence.Name(version.Name), doses.Describe(item.Dose));
        }

        if (intent == Intent.Swap)
        {
            return null;
        }

        if (_vocabulary.AsksAboutDose(normalised))
        {
            return Format(_texts.DoseAnswer, version.Name, doses.Describe(item.Dose));
        }

        var named = _vocabulary.KitNamedExactly(text);
        if (named is not null || _vocabulary.AsksAboutKit(normalised))
        {
            return KitAnswer(version, named ?? Equipment.None);
        }

        // "Where do my feet go?" reads as asking for the exercise again, but one line of it answers better than the whole card.
        return (intent == Intent.None || (intent == Intent.ExerciseLookup && _vocabulary.NamesBodyPart(normalised)))
            && _vocabulary.IsQuestion(text, normalised)
                ? FormAnswer(version, normalised)
                : null;
    }

    /// <summary>
    /// What the exercise works, from its own content, with any form cue of the version that says where it is felt, when
    /// to stop it, and that sharp or spreading pain means stop.
    /// </summary>
    private string FeelAnswer(Exercise exercise, Variation version)
    {
        var answer = new List<string> { Format(_texts.FeelAnswer, MidSentence.Name(exercise.Name), MidSentence.Name(exercise.Strengthens)) };
        answer.AddRange(version.FormCues.Where(_vocabulary.SpeaksOfWhereItIsFelt).Select(cue => Format(_texts.FeelCue, MidSentence.Name(cue))));
        if (version.WhenToStop.Count > 0)
        {
            answer.Add(Format(_texts.FeelWhenToStop, string.Join(' ', version.WhenToStop)));
        }

        answer.Add(_texts.FeelStop);
        return string.Join(' ', answer);
    }

    /// <summary>
    /// The step or form cue that shares most words with the question, and a common mistake that speaks of the same. When
    /// nothing in the version's own texts speaks of what is asked, says so rather than make an answer up; null when the
    /// question names nothing to look for. Only the one version's dozen lines are read.
    /// </summary>
    private string? FormAnswer(Variation version, string normalisedQuestion)
    {
        var asked = AskedWords(normalisedQuestion);
        if (asked.Count == 0)
        {
            return null;
        }

        var name = MidSentence.Name(version.Name);
        var instruction = BestMatch(version.Steps.Concat(version.FormCues), asked);
        if (instruction is null)
        {
            return Format(_texts.FormNotInInstructions, name);
        }

        var answer = Format(_texts.FormAnswer, name, instruction);
        return BestMatch(version.CommonMistakes, asked) is { } mistake
            ? $"{answer} {Format(_texts.FormMistake, MidSentence.Name(mistake))}"
            : answer;
    }

    /// <summary>The question's own words, less the fillers, with the words the exercise texts use for them.</summary>
    private HashSet<string> AskedWords(string normalisedQuestion)
    {
        var asked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in normalisedQuestion.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (AnswerVocabulary.IsOneOf(_vocabulary.FormQuestionFillers, word))
            {
                continue;
            }

            asked.Add(word);
            foreach (var (usedInTexts, alike) in _vocabulary.FormWordsAlike)
            {
                if (AnswerVocabulary.IsOneOf(alike, word))
                {
                    asked.Add(usedInTexts);
                }
            }
        }

        return asked;
    }

    /// <summary>The first line with the most asked words in it, or null when none has any.</summary>
    private static string? BestMatch(IEnumerable<string> lines, HashSet<string> asked)
    {
        string? best = null;
        var bestCount = 0;
        foreach (var line in lines)
        {
            var words = AnswerVocabulary.Normalise(line).Split(' ');
            var count = asked.Count(question => words.Any(word => SameWord(question, word)));
            if (count > bestCount)
            {
                (best, bestCount) = (line, count);
            }
        }

        return best;
    }

    /// <summary>The same word, or one the other starts with ("elbow" and "elbows", "round" and "rounding").</summary>
    private static bool SameWord(string asked, string written) =>
        asked == written || (Math.Min(asked.Length, written.Length) >= MinimumStemLength
            && (asked.StartsWith(written, StringComparison.Ordinal) || written.StartsWith(asked, StringComparison.Ordinal)));

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
