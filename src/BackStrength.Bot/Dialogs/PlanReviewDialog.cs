using BackStrength.Bot.Cards;
using BackStrength.Bot.Conversation;
using BackStrength.Bot.State;
using BackStrength.Cards;
using BackStrength.Dialogs;
using BackStrength.Dialogs.Choices;
using BackStrength.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Dialogs;

/// <summary>
/// Shows today's plan and waits until the person starts it, changing the time when asked. "Make it easier"
/// and "show all exercises" are handled by <see cref="MainDialog"/> at any point, this prompt included.
/// </summary>
public sealed class PlanReviewDialog : ComponentDialog
{
    /// <summary>The result when the person wants to change their answers ("go back"): the questions come again.</summary>
    public const string ChangeAnswersResult = "changeAnswers";

    private const string Steps = "planReviewSteps";
    private const string PlanActionPrompt = "planActionPrompt";
    private const string MinutesPrompt = "newMinutesPrompt";
    private const string StartAnswer = "start";
    private const string ChangeTimeAnswer = "changeTime";
    private const string NotTodayAnswer = "notToday";

    private const string ChangedAnswersAnswer = "changedAnswers";

    private readonly CoachingStateAccessors _state;
    private readonly CardViews _cards;
    private readonly TodaysPlan _plan;
    private readonly IntentRecognizer _recognizer;
    private readonly ConversationTexts _texts;
    private readonly AnswerVocabulary _vocabulary;

    public PlanReviewDialog(CoachingStateAccessors state, CardViews cards, TodaysPlan plan, IntentRecognizer recognizer,
        MinutesQuestion minutesQuestion, IOptions<ConversationTexts> texts, IOptions<AnswerVocabulary> vocabulary)
        : base(nameof(PlanReviewDialog))
    {
        _state = state;
        _cards = cards;
        _plan = plan;
        _recognizer = recognizer;
        _texts = texts.Value;
        _vocabulary = vocabulary.Value;
        AddDialog(new WaterfallDialog(Steps, [ShowAsync, RouteAsync, ReplanAsync]));
        AddDialog(new TextPrompt(PlanActionPrompt, ValidatePlanActionAsync) { MaxAttempts = PromptPatience.Unlimited });
        AddDialog(minutesQuestion.CreatePrompt(MinutesPrompt));
        InitialDialogId = Steps;
    }

    /// <summary>
    /// "Ok fine, let's do it" while the new time is asked: the person would rather start with the plan as it is than
    /// pick a time, and is not made to.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        if (innerDc.ActiveDialog?.Id == MinutesPrompt && CardAnswers.ActionOf(innerDc.Context) is null
            && _recognizer.Recognize(innerDc.Context.Activity.Text).Intent == Intent.Start)
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete, true);
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var coaching = await _state.CoachingAsync(step.Context, cancellationToken);
        var card = _cards.Plan(coaching.Plan!, coaching.Assessment!);
        card.Text = _texts.PlanIntro;
        return await CardQuestion.AskAsync(step, PlanActionPrompt, card, question: null, _texts.PlanRetry, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        switch (step.Result as string)
        {
            case StartAnswer:
                return await step.EndDialogAsync(true, cancellationToken);
            case ChangeAnswersResult:
                return await step.EndDialogAsync(ChangeAnswersResult, cancellationToken);
            case NotTodayAnswer:
                await step.Context.SendActivityAsync(_texts.PlanDeclined, cancellationToken: cancellationToken);
                return await step.EndDialogAsync(false, cancellationToken);
            case ChangedAnswersAnswer:
                return await ReplanForChangedAnswersAsync(step, cancellationToken);
            case ChangeTimeAnswer:
                return await step.PromptAsync(MinutesPrompt, new PromptOptions
                {
                    Prompt = MessageFactory.Text(_texts.AskNewMinutes),
                    RetryPrompt = MessageFactory.Text(_texts.MinutesRetry),
                    Choices = MinutesQuestion.Choices,
                }, cancellationToken);
            case { } minutes:
                return await step.NextAsync(int.Parse(minutes, System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            default:
                return await step.EndDialogAsync(false, cancellationToken);
        }
    }

    private async Task<DialogTurnResult> ReplanAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var minutes = MinutesQuestion.MinutesOf(step.Result);
        if (minutes is null)
        {
            return await step.EndDialogAsync(false, cancellationToken);
        }

        var coaching = await _state.CoachingAsync(step.Context, cancellationToken);
        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        coaching.Assessment = coaching.Assessment! with { MinutesAvailable = minutes.Value };
        coaching.Plan = _plan.Create(coaching.Assessment, profile);
        return await step.ReplaceDialogAsync(Steps, null, cancellationToken);
    }

    /// <summary>
    /// Answers given or changed before starting ("pain is 5 now", "I've got a band too", "actually kneeling hurts") count
    /// from now on: a pain score is what the session starts from, and the plan is made again for them all (a high score
    /// gets the gentle plan). Kit named is added to the kit given before; the answers kept for next time change too.
    /// </summary>
    private async Task<DialogTurnResult> ReplanForChangedAnswersAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var changed = EarlyAnswers.Read(step.Context.Activity.Text, _vocabulary, _recognizer);
        var coaching = await _state.CoachingAsync(step.Context, cancellationToken);
        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        coaching.Assessment = changed.AppliedTo(coaching.Assessment!);
        coaching.Plan = _plan.Create(coaching.Assessment, profile);
        if (profile.Baseline is not null)
        {
            profile.Baseline = BaselineAnswers.From(coaching.Assessment);
        }

        var noted = changed.Pain is { } pain
            ? string.Format(System.Globalization.CultureInfo.InvariantCulture, _texts.PainUpdatedAtPlan, pain)
            : _texts.AnswersUpdatedAtPlan;
        await step.Context.SendActivityAsync(noted, cancellationToken: cancellationToken);
        return await step.ReplaceDialogAsync(Steps, null, cancellationToken);
    }

    /// <summary>
    /// "My back is a bit sore but let's start": mild pain said with a start starts (the pain is acknowledged first, by
    /// <see cref="MainDialog"/>); pain said without a word that makes it mild leaves the choice to rest open.
    /// </summary>
    private bool StartsDespiteMildPain(string? text) =>
        _vocabulary.SaysPainIsMild(text) && _recognizer.IntentsIn(text) is var intents && intents.Contains(Intent.Start) && intents.Contains(Intent.Pain);

    private Task<bool> ValidatePlanActionAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var text = prompt.Context.Activity.Text;
        var recognition = _recognizer.Recognize(text);
        string? answer = CardAnswers.ActionOf(prompt.Context) switch
        {
            CardActions.StartSession => StartAnswer,
            CardActions.ChangeTime => ChangeTimeAnswer,
            not null => null,
            _ when recognition.Intent is Intent.Start || _vocabulary.IsYes(text) || StartsDespiteMildPain(text) => StartAnswer,
            _ when EarlyAnswers.Read(text, _vocabulary, _recognizer).ChangesPlanBeyondTime => ChangedAnswersAnswer,
            _ when MinutesQuestion.MinutesSaid(recognition) is { } minutes && _vocabulary.AsksToChangeTime(text) =>
                minutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ when _vocabulary.AsksToChangeTime(text) => ChangeTimeAnswer,
            _ when _vocabulary.IsGoBack(text) => ChangeAnswersResult,
            _ when _vocabulary.IsDecline(text) => NotTodayAnswer,
            _ => null,
        };
        prompt.Recognized.Value = answer ?? string.Empty;
        prompt.Recognized.Succeeded = answer is not null;
        return Task.FromResult(answer is not null);
    }
}
