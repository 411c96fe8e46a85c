using BackStrength.Coaching;
using BackStrength.Understanding;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Answers to the assessment's questions given before they are asked, with the answer to the safety check ("no, none
/// of those. I'm a beginner, 15 min, no equipment"). Each is null (or left out) when not given in so many words.
/// <see cref="SpeaksOfPain"/> says whether the message speaks of pain at all, scored or not.
/// </summary>
public sealed record EarlyAnswers(int? Pain, Experience? Experience, Equipment? Equipment, int? Minutes, IReadOnlyDictionary<string, bool> YesNo, bool SpeaksOfPain)
{
    public bool Any => Pain is not null || Experience is not null || Equipment is not null || Minutes is not null || YesNo.Count > 0;

    /// <summary>Reads them from a message. A pain score counts only when the message speaks of pain ("pain about 3"): a bare number could be anything.</summary>
    public static EarlyAnswers Read(string? text, AnswerVocabulary vocabulary, IntentRecognizer recognizer)
    {
        var recognition = recognizer.Recognize(text);
        var speaksOfPain = recognition.Intent == Intent.Pain || recognizer.IntentsIn(text).Contains(Intent.Pain);
        return new EarlyAnswers(
            speaksOfPain ? AssessmentForm.ParsePain(recognition.Score) : null,
            vocabulary.FindExperienceInPassing(text),
            vocabulary.FindEquipmentInPassing(text),
            AssessmentForm.FittingMinutes(recognition.Minutes),
            new NamedYesNoAnswers(vocabulary).Read(text, waiting: string.Empty),
            speaksOfPain);
    }
}
