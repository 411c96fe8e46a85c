using BackStrength.Understanding;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// "Done. What's after this one?" or "finished, how much longer?": the question wins the reading of the whole message,
/// but a clause of its own says the exercise is done, and that must be recorded before the question is answered.
/// </summary>
public sealed class DoneWithQuestion(IntentRecognizer recognizer)
{
    /// <summary>
    /// Whether a clause other than the whole message reads as "done" on its own. "What's next?" alone is a single clause,
    /// so its "next" is never taken as done. Called only for a question about the plan at an exercise.
    /// </summary>
    public bool SaysDone(string? text)
    {
        var clauses = AnswerVocabulary.Clauses(text);
        return clauses.Count > 1 && clauses.Any(clause => recognizer.Recognize(clause).Intent == Intent.Done);
    }
}
