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
    /// <summary>The time said, before it is fitted to the planner's options: "15 mins" is 15 here and 10 in <see cref="Minutes"/>.</summary>
    public int? MinutesSaid { get; init; }

    /// <summary>The focus named in so many words ("mostly upper back and posture"), which only the questions still ask about.</summary>
    public Focus? Focus { get; init; }

    public bool Any => Minutes is not null || Focus is not null || ChangesPlanBeyondTime;

    /// <summary>Whether an answer other than the time is given: the time alone has questions of its own at the plan.</summary>
    public bool ChangesPlanBeyondTime => Pain is not null || Experience is not null || Equipment is not null || YesNo.Count > 0;

    /// <summary>
    /// <paramref name="assessment"/> with these answers in place of its own. Kit named is added to the kit given before
    /// ("a band too"), unless none is said; pain once said to spread below the knee is not taken back in passing.
    /// </summary>
    public Assessment AppliedTo(Assessment assessment) => assessment with
    {
        PainNow = Pain ?? assessment.PainNow,
        Experience = Experience ?? assessment.Experience,
        Equipment = Equipment switch
        {
            null => assessment.Equipment,
            Coaching.Equipment.None => Coaching.Equipment.None,
            { } kit => assessment.Equipment | kit,
        },
        MinutesAvailable = Minutes ?? assessment.MinutesAvailable,
        CanGetToFloor = YesNo.GetValueOrDefault(NamedYesNoAnswers.Floor, assessment.CanGetToFloor),
        KneelingComfortable = YesNo.GetValueOrDefault(NamedYesNoAnswers.Kneeling, assessment.KneelingComfortable),
        PainSpreadsBelowKnee = assessment.PainSpreadsBelowKnee || YesNo.GetValueOrDefault(NamedYesNoAnswers.PainBelowKnee),
    };

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
            speaksOfPain)
        {
            MinutesSaid = AssessmentForm.PlausibleMinutes(recognition.Minutes),
            Focus = vocabulary.FindFocusInPassing(text),
        };
    }
}
