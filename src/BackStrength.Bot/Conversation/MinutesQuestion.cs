using System.Globalization;
using BackStrength.Dialogs;
using BackStrength.Dialogs.Choices;
using BackStrength.Understanding;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// "How many minutes?": offered as the planner's options, but any typed time is taken as the longest option that
/// fits in it, so "15 mins" or "about a quarter of an hour" does not have to be asked again; the bot says which
/// option it plans, so the person knows "15" became 10.
/// </summary>
public sealed class MinutesQuestion(IntentRecognizer recognizer, IOptions<ConversationTexts> texts, IOptions<AnswerVocabulary> vocabulary)
{
    public static List<Choice> Choices =>
        [.. AssessmentForm.MinuteOptions.Select(minutes => new Choice(minutes.ToString(CultureInfo.InvariantCulture)))];

    public static int? MinutesOf(object? result) => result switch
    {
        FoundChoice found when found.Index >= 0 && found.Index < AssessmentForm.MinuteOptions.Count => AssessmentForm.MinuteOptions[found.Index],
        int minutes => minutes,
        _ => null,
    };

    /// <summary>
    /// The question; "same as last time" answers it too (the assessment takes last time's minutes for it), and so does
    /// whatever <paramref name="alsoAnswers"/> takes for the dialog asking it to act on.
    /// </summary>
    public ChoicePrompt CreatePrompt(string dialogId, Func<string?, bool>? alsoAnswers = null) => new(dialogId, ValidateAsync)
    {
        MaxAttempts = PromptPatience.Unlimited,
        AlsoUnderstands = turn => vocabulary.Value.SaysSameMinutesAsBefore(turn.Activity.Text, waitingForMinutes: true)
            || alsoAnswers?.Invoke(turn.Activity.Text) == true,
    };

    /// <summary>
    /// The option that fits the time an answer gives: a length with its unit ("half an hour", "1 hour") or else a
    /// bare number ("15"); null when it gives neither, or an implausible length.
    /// </summary>
    public static int? MinutesSaid(Recognition recognition) =>
        AssessmentForm.FittingMinutes(recognition.Minutes ?? recognition.Number);

    /// <summary>
    /// What the plan takes from a time said: the time itself, the longest option that fits in it, or the shortest
    /// option when the time is shorter still.
    /// </summary>
    public string TakenNote(int planned, int said) => string.Format(CultureInfo.InvariantCulture,
        said == planned ? texts.Value.MinutesKept : said < planned ? texts.Value.MinutesRaised : texts.Value.MinutesFitted, planned, said);

    /// <summary>Whether a number in the message is said of pain and no length of time is named: "my pain is 5" is no 5 minutes.</summary>
    public bool SpeaksOfPainNotTime(string? text)
    {
        var recognition = recognizer.Recognize(text);
        return recognition.Minutes is null && recognition.Score is not null
            && (recognition.Intent == Intent.Pain || recognizer.IntentsIn(text).Contains(Intent.Pain));
    }

    private async Task<bool> ValidateAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (SpeaksOfPainNotTime(prompt.Context.Activity.Text))
        {
            prompt.Recognized.Succeeded = false;
            return false;
        }

        // "I don't have 30 minutes, maybe 10": a time the answer denies is not the time it gives.
        var recognition = recognizer.Recognize(Denials.WithoutDenied(prompt.Context.Activity.Text));
        // A length with its unit outranks the list's own reading: "1 hour" is 60 minutes, not a choice numbered 1.
        if (prompt.Recognized.Succeeded && recognition.Minutes is null)
        {
            return true;
        }

        var minutes = MinutesSaid(recognition);
        prompt.Recognized.Succeeded = minutes is not null;
        if (minutes is not null)
        {
            prompt.Recognized.Value = new FoundChoice
            {
                Value = minutes.Value.ToString(CultureInfo.InvariantCulture),
                Index = AssessmentForm.MinuteOptions.ToList().IndexOf(minutes.Value),
                Score = 1,
            };
            if (AssessmentForm.PlausibleMinutes(recognition.Minutes ?? recognition.Number) is { } said && said != minutes)
            {
                await prompt.Context.SendActivityAsync(TakenNote(minutes.Value, said), cancellationToken: cancellationToken);
            }
        }

        return prompt.Recognized.Succeeded;
    }
}
