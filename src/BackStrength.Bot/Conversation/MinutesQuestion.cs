using System.Globalization;
using BackStrength.Dialogs;
using BackStrength.Dialogs.Choices;
using BackStrength.Understanding;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// "How many minutes?": offered as the planner's options, but any typed number is taken and rounded to the
/// nearest option, so "15 mins" or "about a quarter of an hour" does not have to be asked again.
/// </summary>
public sealed class MinutesQuestion(IntentRecognizer recognizer)
{
    public static List<Choice> Choices =>
        [.. AssessmentForm.MinuteOptions.Select(minutes => new Choice(minutes.ToString(CultureInfo.InvariantCulture)))];

    public static int? MinutesOf(object? result) => result switch
    {
        FoundChoice found when found.Index >= 0 && found.Index < AssessmentForm.MinuteOptions.Count => AssessmentForm.MinuteOptions[found.Index],
        int minutes => minutes,
        _ => null,
    };

    public ChoicePrompt CreatePrompt(string dialogId) => new(dialogId, ValidateAsync) { MaxAttempts = PromptPatience.Unlimited };

    private Task<bool> ValidateAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded
            && AssessmentForm.NearestMinutes(recognizer.Recognize(prompt.Context.Activity.Text).Number) is { } minutes)
        {
            prompt.Recognized.Value = new FoundChoice
            {
                Value = minutes.ToString(CultureInfo.InvariantCulture),
                Index = AssessmentForm.MinuteOptions.ToList().IndexOf(minutes),
                Score = 1,
            };
            prompt.Recognized.Succeeded = true;
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }
}
