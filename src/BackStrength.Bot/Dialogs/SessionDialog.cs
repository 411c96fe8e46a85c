using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Bot.Conversation;
using BackStrength.Bot.State;
using BackStrength.Cards;
using BackStrength.Cards.ViewModels;
using BackStrength.Coaching.Progress;
using BackStrength.Dialogs;
using BackStrength.Dialogs.Choices;
using BackStrength.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Dialogs;

/// <summary>
/// The guided session: one card per exercise, then a one-tap "how did that feel", until the plan is done; then
/// pain after and the summary. Easier, harder, swap, "it hurts" and stop are handled by <see cref="MainDialog"/>,
/// which changes the current exercise in state, so this loop always shows what the plan says now.
/// </summary>
public sealed class SessionDialog : ComponentDialog
{
    private const string ExerciseSteps = "sessionExerciseSteps";
    private const string EndSteps = "sessionEndSteps";
    private const string EarlyEndSteps = "sessionEarlyEndSteps";
    private const string ActionPrompt = "sessionActionPrompt";
    private const string FeelingPrompt = "feelingPrompt";
    private const string PainAfterPrompt = "painAfterPrompt";
    private const string EarlyPainAfterPrompt = "earlyPainAfterPrompt";
    private const string DoneAnswer = "done";
    private const string SkipAnswer = "skip";

    // The pain question's key among the reasons each question is asked.
    private const string PainAfterQuestion = "painAfter";

    // After a stop the pain question may be declined: one answer that is no score gets the question again with how to
    // skip it, and a second leaves the score out rather than holding the summary back.
    private const int EarlyPainAfterAttempts = 2;

    /// <summary>The options that begin this dialog at its end, for a session stopped early without pain.</summary>
    public static readonly object EndingEarly = new EndingEarlyOptions();

    private readonly CoachingStateAccessors _state;
    private readonly CardViews _cards;
    private readonly IntentRecognizer _recognizer;
    private readonly SessionWrapUp _wrapUp;
    private readonly ConversationTexts _texts;
    private readonly AnswerVocabulary _vocabulary;
    private readonly TimeProvider _clock;
    private readonly TypedFeelings _feelings;
    private readonly DoneWithQuestion _doneWithQuestion;

    public SessionDialog(CoachingStateAccessors state, CardViews cards, IntentRecognizer recognizer, SessionWrapUp wrapUp,
        IOptions<ConversationTexts> texts, IOptions<AnswerVocabulary> vocabulary, TimeProvider clock, TypedFeelings feelings,
        DoneWithQuestion doneWithQuestion)
        : base(nameof(SessionDialog))
    {
        _state = state;
        _cards = cards;
        _recognizer = recognizer;
        _wrapUp = wrapUp;
        _texts = texts.Value;
        _vocabulary = vocabulary.Value;
        _clock = clock;
        _feelings = feelings;
        _doneWithQuestion = doneWithQuestion;
        AddDialog(new WaterfallDialog(ExerciseSteps, [ShowExerciseAsync, AfterExerciseAsync, RecordFeelingAsync]));
        AddDialog(new WaterfallDialog(EndSteps, [AskPainAfterAsync, SummariseAsync]));
        AddDialog(new WaterfallDialog(EarlyEndSteps, [AskPainAfterEarlyAsync, SummariseAsync]));
        // "That felt good" at an exercise reports it, and is no thank-you to answer with "you're welcome".
        AddDialog(new TextPrompt(ActionPrompt, ValidateActionAsync)
        {
            MaxAttempts = PromptPatience.Unlimited,
            Understands = turn => _feelings.SaidWithDone(turn.Activity.Text) is not null,
        });
        AddDialog(new TextPrompt(FeelingPrompt, ValidateFeelingAsync) { MaxAttempts = PromptPatience.Unlimited });
        AddDialog(new TextPrompt(PainAfterPrompt, ValidatePainOrDeclineAsync) { MaxAttempts = PromptPatience.Unlimited });
        AddDialog(new TextPrompt(EarlyPainAfterPrompt, ValidatePainOrDeclineAsync) { MaxAttempts = EarlyPainAfterAttempts });
        InitialDialogId = ExerciseSteps;
    }

    /// <summary>
    /// "Much better, thanks" while "how is your back now?" waits is an answer to it, not only thanks, even with no number.
    /// </summary>
    public override async Task<bool> UnderstandsAnswerAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        await base.UnderstandsAnswerAsync(turnContext, instance, cancellationToken)
        || (await AsksPainAfterAsync(turnContext, cancellationToken) && ComparesPainWithoutScore(turnContext.Activity.Text));

    /// <summary>
    /// "Hi" or "why do you need this?" while "how is your back now?" waits after the last exercise: a hello, or why it
    /// is asked, then the question again. "Better" or "worse" gets the question put as a comparison with the start.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        // Only the questions about the back now are read here; every other message goes straight on.
        var waitingForPainAfter = innerDc.ActiveDialog?.Id is PainAfterPrompt or EarlyPainAfterPrompt;
        if (waitingForPainAfter && ComparesPainWithoutScore(innerDc.Context.Activity.Text))
        {
            var painBefore = (await _state.CoachingAsync(innerDc.Context, cancellationToken)).Session?.PainBefore ?? 0;
            await innerDc.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, _texts.PainAfterCompared, painBefore),
                cancellationToken: cancellationToken);
            return EndOfTurn;
        }

        var atTheEnd = innerDc.ActiveDialog?.Id == PainAfterPrompt;
        var said = !waitingForPainAfter ? null : _recognizer.Recognize(innerDc.Context.Activity.Text).Intent switch
        {
            Intent.PainScale => _texts.PainScaleGuide,
            Intent.Greeting when atTheEnd => _texts.PainAfterResumed,
            Intent.WhyAsked when atTheEnd => _texts.WhyAsked[PainAfterQuestion],
            _ => null,
        };
        if (said is null)
        {
            return await base.OnContinueDialogAsync(innerDc, cancellationToken);
        }

        await innerDc.Context.SendActivityAsync(said, cancellationToken: cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    private bool ComparesPainWithoutScore(string? text) =>
        _vocabulary.ComparesPain(text) && _vocabulary.PainScore(text, _recognizer.Recognize(text).Score) is null && !_vocabulary.SaysPainUnchanged(text);

    /// <summary>Every exercise is behind, so the waiting question is "how is your back now?".</summary>
    private async Task<bool> AsksPainAfterAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await _state.CoachingAsync(turn, cancellationToken) is { InSession: true, HasCurrentExercise: false };

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        var coaching = await _state.CoachingAsync(innerDc.Context, cancellationToken);
        if (options is EndingEarlyOptions)
        {
            SessionWrapUp.StopExercises(coaching);
            if (coaching.Session!.AnyExerciseTried)
            {
                return await innerDc.BeginDialogAsync(EarlyEndSteps, null, cancellationToken);
            }

            // Nothing was done, so there is nothing to compare: "nothing to save" straight away.
            await _wrapUp.FinishAsync(innerDc.Context, painAfter: null, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        coaching.Session = new SessionProgress
        {
            PainBefore = coaching.Assessment?.PainNow ?? 0,
            StartedOn = _clock.GetUtcNow(),
        };
        return await base.OnBeginDialogAsync(innerDc, options, cancellationToken);
    }

    private async Task<DialogTurnResult> ShowExerciseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var coaching = await _state.CoachingAsync(step.Context, cancellationToken);
        if (!coaching.InSession || coaching.Session!.Index >= coaching.Plan!.Items.Count)
        {
            // After a session of skips, "all done, how is your back now?" would ring false: end with nothing to save.
            if (coaching.Session is { AnyExerciseTried: false })
            {
                await _wrapUp.FinishAsync(step.Context, painAfter: null, cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }

            return await step.ReplaceDialogAsync(EndSteps, null, cancellationToken);
        }

        var item = coaching.Plan.Items[coaching.Session.Index];
        coaching.CurrentVariationId = item.VariationId;
        return await CardQuestion.AskAsync(step, ActionPrompt, _cards.SessionExercise(coaching, changeNote: null), question: null,
            _texts.SessionActionRetry, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterExerciseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var coaching = await _state.CoachingAsync(step.Context, cancellationToken);
        // "It was ok" at the exercise says both that it is done and how it felt: there is nothing left to ask.
        if (Enum.TryParse<Feeling>(step.Result as string, out var reported))
        {
            var label = _vocabulary.FeelingLabels[reported.ToString()];
            await step.Context.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, _texts.FeelingTakenWithDone,
                MidSentence.Name(label)), cancellationToken: cancellationToken);
            return await RecordAndContinueAsync(step, reported, cancellationToken);
        }

        // Once it hurt, how it felt is already known: "done" moves on without asking.
        if (step.Result as string != DoneAnswer || coaching.CurrentExerciseStoppedForPain)
        {
            return await RecordAndContinueAsync(step, Feeling.Skipped, cancellationToken);
        }

        coaching.Session!.AwaitingFeeling = true;
        return await CardQuestion.AskAsync(step, FeelingPrompt, _cards.Feeling(coaching.CurrentVariationId!), question: null,
            _texts.FeelingRetry, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordFeelingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var feeling = Enum.TryParse<Feeling>(step.Result as string, out var chosen) ? chosen : Feeling.AboutRight;
        return await RecordAndContinueAsync(step, feeling, cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAndContinueAsync(WaterfallStepContext step, Feeling feeling, CancellationToken cancellationToken)
    {
        var coaching = await _state.CoachingAsync(step.Context, cancellationToken);
        if (coaching.InSession)
        {
            var session = coaching.Session!;
            var item = coaching.Plan!.Items[session.Index];
            // An exercise stopped because it hurt stays recorded as that, once, whatever is said about it next.
            if (!coaching.CurrentExerciseStoppedForPain)
            {
                session.Steps.Add(new SessionStep(item.ExerciseId, item.VariationId, feeling));
            }

            session.AwaitingFeeling = false;
            session.Index++;
        }

        return await step.ReplaceDialogAsync(ExerciseSteps, null, cancellationToken);
    }

    private async Task<DialogTurnResult> AskPainAfterAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.PromptAsync(PainAfterPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.AskPainAfter),
            RetryPrompt = MessageFactory.Text(_texts.PainAfterRetry),
        }, cancellationToken);

    /// <summary>The same question as at the end, but skippable, from a card with a Skip button or typed.</summary>
    private async Task<DialogTurnResult> AskPainAfterEarlyAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await CardQuestion.AskAsync(step, EarlyPainAfterPrompt,
            _cards.Message(_texts.PainAfterEarlyTitle, _texts.AskPainAfterEarly, new MessageButton(_texts.SkipButton, CardActions.Skip)),
            question: null, _texts.PainAfterEarlyRetry, cancellationToken);

    private async Task<DialogTurnResult> SummariseAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = step.Result as string;
        var painAfter = _vocabulary.PainScore(answer, _recognizer.Recognize(answer).Score);
        if (painAfter is null && _vocabulary.SaysPainUnchanged(answer))
        {
            painAfter = (await _state.CoachingAsync(step.Context, cancellationToken)).Session?.PainBefore;
        }

        await _wrapUp.FinishAsync(step.Context, painAfter, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    private Task<bool> ValidateActionAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var answer = CardAnswers.ActionOf(prompt.Context) switch
        {
            CardActions.Done => DoneAnswer,
            CardActions.Skip => SkipAnswer,
            not null => null,
            _ when _feelings.SaidWithDone(prompt.Context.Activity.Text) is { } saidWithDone => saidWithDone.ToString(),
            _ when _recognizer.Recognize(prompt.Context.Activity.Text).Intent == Intent.ShowPlan
                && _doneWithQuestion.SaysDone(prompt.Context.Activity.Text) => DoneAnswer,
            _ => _recognizer.Recognize(prompt.Context.Activity.Text).Intent switch
            {
                Intent.Done => DoneAnswer,
                Intent.Skip => SkipAnswer,
                _ => null,
            },
        };
        prompt.Recognized.Value = answer ?? string.Empty;
        prompt.Recognized.Succeeded = answer is not null;
        return Task.FromResult(answer is not null);
    }

    /// <summary>
    /// Takes the card's one tap, or typed words such as "fine", "bit easy", "too much". "Skip" (or the Skip button of the
    /// card that stopped an exercise because it hurt) moves on without a rating.
    /// </summary>
    private async Task<bool> ValidateFeelingAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var feeling = TappedFeeling(prompt.Context) ?? _feelings.Read(prompt.Context.Activity.Text);
        if (feeling is null && CardAnswers.ActionOf(prompt.Context) is null && _feelings.IsUnsure(prompt.Context.Activity.Text))
        {
            // It ends with the question, so the person has it in front of them again.
            await prompt.Context.SendActivityAsync(_texts.FeelingExplained, cancellationToken: cancellationToken);
        }

        prompt.Recognized.Value = feeling?.ToString() ?? string.Empty;
        prompt.Recognized.Succeeded = feeling is not null;
        return feeling is not null;
    }

    private static Feeling? TappedFeeling(ITurnContext turn) => CardAnswers.ActionOf(turn) switch
    {
        CardActions.Skip => Feeling.NotRated,
        CardActions.Feeling when turn.Activity.Value is JObject value => TypedFeelings.Named(value[CardActions.FeelingField]?.ToString()),
        _ => null,
    };

    /// <summary>A score, or "about the same", which is the score given before the session.</summary>
    private Task<bool> ValidatePainAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(_vocabulary.PainScore(prompt.Context.Activity.Text, _recognizer.Recognize(prompt.Context.Activity.Text).Score) is not null
            || _vocabulary.SaysPainUnchanged(prompt.Context.Activity.Text));

    /// <summary>
    /// A score, or a decline ("skip", "rather not", the Skip button, "stop"), which is taken as no score: the summary
    /// then comes without one, whether the session ran to its end or was stopped early.
    /// </summary>
    private async Task<bool> ValidatePainOrDeclineAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        if (await ValidatePainAsync(prompt, cancellationToken))
        {
            return true;
        }

        var text = prompt.Context.Activity.Text;
        var declined = CardAnswers.ActionOf(prompt.Context) == CardActions.Skip || _vocabulary.IsSkip(text)
            || _recognizer.Recognize(text).Intent is Intent.Skip or Intent.Stop;
        prompt.Recognized.Value = string.Empty;
        return declined;
    }

    private sealed record EndingEarlyOptions;
}
