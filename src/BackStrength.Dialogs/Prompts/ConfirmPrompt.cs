using BackStrength.Dialogs.Choices;
using Microsoft.Bot.Builder;

namespace BackStrength.Dialogs;

/// <summary>
/// Asks a yes/no question. Understands the everyday ways of saying yes or no listed in Resources/en.json
/// ("yeah", "sure", "no thanks", "not now"...) anywhere in the answer ("yes please do"), the two choices' labels and
/// synonyms, a denied yes as a no ("not comfortable"), and the buttons' numbers or ordinals. An answer that says
/// both ("yes and no") or hedges ("sort of") is asked again.
/// </summary>
public class ConfirmPrompt : Prompt<bool>
{
    public ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null)
        : base(dialogId, validator)
    {
        var words = LanguageData.English.Confirm;
        ConfirmChoices = Tuple.Create(new Choice(words.YesLabel), new Choice(words.NoLabel));
    }

    /// <summary>How the yes/no choices are shown unless <see cref="PromptOptions.Style"/> says otherwise.</summary>
    public ListStyle Style { get; set; } = ListStyle.Auto;

    /// <summary>The yes and the no choice shown to the user; the bot may relabel them ("Let's go", "Not today").</summary>
    public Tuple<Choice, Choice> ConfirmChoices { get; set; }

    protected override async Task OnPromptAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, bool isRetry, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var message = ChoiceFactory.AppendChoices(QuestionFor(options, isRetry), turnContext.Activity, ChoicesList(), options.Style ?? Style);
        await turnContext.SendActivityAsync(message, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, IDictionary<string, object> state, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var answer = AnswerText(turnContext.Activity);
        var confirmed = ConfirmWords.Recognize(answer, ConfirmChoices.Item1, ConfirmChoices.Item2)
            ?? ChoiceRecognizers.RecognizePosition(answer, ChoicesList()) switch
            {
                0 => true,
                1 => false,
                _ => (bool?)null,
            };
        return Task.FromResult(new PromptRecognizerResult<bool> { Succeeded = confirmed.HasValue, Value = confirmed ?? false });
    }

    private List<Choice> ChoicesList() => [ConfirmChoices.Item1, ConfirmChoices.Item2];
}
