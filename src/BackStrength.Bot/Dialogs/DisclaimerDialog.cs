using BackStrength.Bot.Cards;
using BackStrength.Bot.Conversation;
using BackStrength.Cards;
using BackStrength.Coaching.Safety;
using BackStrength.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Dialogs;

/// <summary>
/// Shows the educational-only notice once per person and remembers which wording they accepted; when the wording
/// changes in substance (a higher <c>disclaimerVersion</c>) it is shown again, saying so, at the next check-in.
/// </summary>
public sealed class DisclaimerDialog : ComponentDialog
{
    private const string AcceptPrompt = "acceptDisclaimerPrompt";
    private const string ShownVersion = "shownVersion";
    private const string Steps = "disclaimerSteps";

    private readonly CoachingStateAccessors _state;
    private readonly CardViews _cards;
    private readonly SafetyContent _safety;
    private readonly ConversationTexts _texts;
    private readonly TimeProvider _clock;
    private readonly AnswerVocabulary _vocabulary;

    public DisclaimerDialog(CoachingStateAccessors state, CardViews cards, SafetyContent safety, IOptions<ConversationTexts> texts,
        TimeProvider clock, IOptions<AnswerVocabulary> vocabulary)
        : base(nameof(DisclaimerDialog))
    {
        _state = state;
        _cards = cards;
        _safety = safety;
        _texts = texts.Value;
        _clock = clock;
        _vocabulary = vocabulary.Value;
        AddDialog(new WaterfallDialog(Steps, [AskAsync, RecordAsync]));
        AddDialog(AcceptanceQuestion());
        InitialDialogId = Steps;
    }

    /// <summary>
    /// A yes/no question whose yes also takes the ways of accepting and the card's own button wording, typo and all, as
    /// the assessment's questions do ("i acept", "ok i agree"); a denied one ("I don't accept") is a no.
    /// </summary>
    private ConfirmPrompt AcceptanceQuestion()
    {
        var prompt = new ConfirmPrompt(AcceptPrompt, ValidateAcceptanceAsync) { MaxAttempts = PromptPatience.Unlimited };
        var buttonTitles = _cards.ButtonTitles(CardNames.Disclaimer, CardActions.ActionField);
        prompt.ConfirmChoices.Item1.Synonyms =
        [
            .. _vocabulary.AcceptAnswers,
            .. buttonTitles.TryGetValue(CardActions.AcceptDisclaimer, out var title) ? _vocabulary.TypedFormsOfCardTitle(title) : [],
        ];
        return prompt;
    }

    /// <summary>Whether the person still has to accept the note as it reads now: never accepted, or accepted an earlier wording.</summary>
    public async Task<bool> NeedsAcceptanceAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        !(await _state.ProfileAsync(turnContext, cancellationToken)).HasAcceptedDisclaimer(_safety.DisclaimerVersion);

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        if (profile.HasAcceptedDisclaimer(_safety.DisclaimerVersion))
        {
            return await step.EndDialogAsync(true, cancellationToken);
        }

        var card = _cards.Disclaimer();
        if (profile.AcceptedAnEarlierDisclaimer(_safety.DisclaimerVersion))
        {
            card.Text = _texts.DisclaimerUpdated;
        }

        // The acceptance is of the wording on screen, which may be older than the content by the time the answer comes.
        step.Values[ShownVersion] = _safety.DisclaimerVersion;
        return await CardQuestion.AskAsync(step, AcceptPrompt, card, _texts.AskDisclaimer, _texts.YesNoRetryFor(_texts.AskDisclaimer), cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not true)
        {
            await step.Context.SendActivityAsync(_texts.DisclaimerDeclined, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        // A question asked before the note was numbered showed the wording before version 1.
        profile.AcceptDisclaimer(step.Values.GetValue<int?>(ShownVersion) ?? 0, _clock.GetUtcNow());
        // The note changed while the card waited for an answer: the new wording comes before the safety check too.
        return profile.HasAcceptedDisclaimer(_safety.DisclaimerVersion)
            ? await step.EndDialogAsync(true, cancellationToken)
            : await step.ReplaceDialogAsync(Steps, null, cancellationToken);
    }

    /// <summary>
    /// The card's button, or the words its text version asks for ("I accept"), which yes/no matching alone
    /// would not take as a yes. A question ("is this ok?") accepts nothing: it is asked again.
    /// </summary>
    private Task<bool> ValidateAcceptanceAsync(PromptValidatorContext<bool> prompt, CancellationToken cancellationToken)
    {
        if (CardAnswers.ActionOf(prompt.Context) == CardActions.AcceptDisclaimer || _vocabulary.IsAcceptance(prompt.Context.Activity.Text))
        {
            prompt.Recognized.Value = true;
            prompt.Recognized.Succeeded = true;
        }
        else if (AnswerVocabulary.IsQuestion(prompt.Context.Activity.Text))
        {
            prompt.Recognized.Succeeded = false;
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }
}
