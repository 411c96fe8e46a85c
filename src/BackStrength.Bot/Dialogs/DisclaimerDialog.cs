using BackStrength.Bot.Cards;
using BackStrength.Bot.Conversation;
using BackStrength.Cards;
using BackStrength.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Dialogs;

/// <summary>Shows the educational-only notice once per person and remembers that they accepted it.</summary>
public sealed class DisclaimerDialog : ComponentDialog
{
    private const string AcceptPrompt = "acceptDisclaimerPrompt";

    private readonly CoachingStateAccessors _state;
    private readonly CardViews _cards;
    private readonly ConversationTexts _texts;
    private readonly TimeProvider _clock;
    private readonly AnswerVocabulary _vocabulary;

    public DisclaimerDialog(CoachingStateAccessors state, CardViews cards, IOptions<ConversationTexts> texts, TimeProvider clock,
        IOptions<AnswerVocabulary> vocabulary)
        : base(nameof(DisclaimerDialog))
    {
        _state = state;
        _cards = cards;
        _texts = texts.Value;
        _clock = clock;
        _vocabulary = vocabulary.Value;
        AddDialog(new WaterfallDialog("disclaimerSteps", [AskAsync, RecordAsync]));
        AddDialog(new ConfirmPrompt(AcceptPrompt, ValidateAcceptanceAsync) { MaxAttempts = PromptPatience.Unlimited });
        InitialDialogId = "disclaimerSteps";
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        if (profile.DisclaimerAcceptedOn is not null)
        {
            return await step.EndDialogAsync(true, cancellationToken);
        }

        return await CardQuestion.AskAsync(step, AcceptPrompt, _cards.Disclaimer(), _texts.AskDisclaimer, _texts.YesNoRetry, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(_texts.DisclaimerDeclined, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        profile.DisclaimerAcceptedOn = _clock.GetUtcNow();
        return await step.EndDialogAsync(true, cancellationToken);
    }

    /// <summary>
    /// The card's button, or the words its text version asks for ("I accept"), which yes/no matching alone
    /// would not take as a yes.
    /// </summary>
    private Task<bool> ValidateAcceptanceAsync(PromptValidatorContext<bool> prompt, CancellationToken cancellationToken)
    {
        if (CardAnswers.ActionOf(prompt.Context) == CardActions.AcceptDisclaimer || _vocabulary.IsAcceptance(prompt.Context.Activity.Text))
        {
            prompt.Recognized.Value = true;
            prompt.Recognized.Succeeded = true;
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }
}
