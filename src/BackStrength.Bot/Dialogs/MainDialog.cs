using BackStrength.Coaching.Progress;
using BackStrength.Bot.Cards;
using BackStrength.Bot.Conversation;
using BackStrength.Bot.Reminders;
using BackStrength.Bot.State;
using BackStrength.Bot.Turns;
using BackStrength.Cards;
using BackStrength.Cards.ViewModels;
using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Safety;
using BackStrength.Dialogs;
using BackStrength.Understanding;
using System.Globalization;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Dialogs;

/// <summary>
/// The root of the coaching conversation. Every message first meets the commands that work at any point
/// (red flags, help, stop, start over, forget me, plan, easier/harder/swap, "it hurts", an exercise's name);
/// anything else goes to the flow: disclaimer, safety check, assessment, plan, guided session.
/// </summary>
public sealed class MainDialog : ComponentDialog
{
    private const string CoachFlow = "coachFlow";

    // The time for today said before the questions began ("just 5 min today" to start), kept for the time question.
    private const string MinutesSaid = "minutesSaid";

    /// <summary>The buttons of a session's exercise, feeling and pain cards, which carry the exercise's id.</summary>
    private static readonly HashSet<string> SessionButtons =
    [
        CardActions.Done, CardActions.Skip, CardActions.Easier, CardActions.Harder, CardActions.Swap, CardActions.Hurts, CardActions.Feeling,
    ];

    /// <summary>The buttons that answer a question, by the dialog that asks it.</summary>
    private static readonly Dictionary<string, string> QuestionOfCardAction = new(StringComparer.Ordinal)
    {
        [CardActions.AcceptDisclaimer] = nameof(DisclaimerDialog),
        [CardActions.SubmitSafetyCheck] = nameof(SafetyCheckDialog),
        [CardActions.SubmitAssessment] = nameof(AssessmentDialog),
        [CardActions.SubmitQuickCheck] = nameof(AssessmentDialog),
        [CardActions.UpdateAssessment] = nameof(AssessmentDialog),
        [CardActions.StartSession] = nameof(PlanReviewDialog),
        [CardActions.ChangeTime] = nameof(PlanReviewDialog),
        [CardActions.ForgetMeConfirm] = nameof(ForgetMeDialog),
        [CardActions.ForgetMeCancel] = nameof(ForgetMeDialog),
    };

    private readonly CoachingStateAccessors _state;
    private readonly InputReader _reader;
    private readonly CardViews _cards;
    private readonly ExerciseChanges _changes;
    private readonly PlanItemChanges _planItems;
    private readonly PositionQuestions _positions;
    private readonly SessionWrapUp _wrapUp;
    private readonly FinishedPlan _finishedPlan;
    private readonly TodaysPlan _plan;
    private readonly ExerciseLibrary _library;
    private readonly ConversationTexts _texts;
    private readonly BotMetrics _metrics;
    private readonly AnswerVocabulary _vocabulary;
    private readonly DisclaimerDialog _disclaimer;
    private readonly PrivacyAnswer _privacy;
    private readonly ExerciseQuestions _exerciseQuestions;
    private readonly TypedFeelings _feelings;
    private readonly DoneWithQuestion _doneWithQuestion;

    public MainDialog(
        CoachingStateAccessors state,
        InputReader reader,
        CardViews cards,
        ExerciseChanges changes,
        PlanItemChanges planItems,
        PositionQuestions positions,
        SessionWrapUp wrapUp,
        FinishedPlan finishedPlan,
        TodaysPlan plan,
        ExerciseLibrary library,
        IOptions<ConversationTexts> texts,
        IOptions<AnswerVocabulary> vocabulary,
        BotMetrics metrics,
        PrivacyAnswer privacy,
        ExerciseQuestions exerciseQuestions,
        TypedFeelings feelings,
        DoneWithQuestion doneWithQuestion,
        DisclaimerDialog disclaimer,
        SafetyCheckDialog safetyCheck,
        AssessmentDialog assessment,
        PlanReviewDialog planReview,
        SessionDialog session,
        ForgetMeDialog forgetMe,
        ReminderDialog reminders)
        : base(nameof(MainDialog))
    {
        _state = state;
        _reader = reader;
        _feelings = feelings;
        _doneWithQuestion = doneWithQuestion;
        _cards = cards;
        _changes = changes;
        _planItems = planItems;
        _positions = positions;
        _wrapUp = wrapUp;
        _finishedPlan = finishedPlan;
        _plan = plan;
        _library = library;
        _texts = texts.Value;
        _metrics = metrics;
        _vocabulary = vocabulary.Value;
        _disclaimer = disclaimer;
        _privacy = privacy;
        _exerciseQuestions = exerciseQuestions;
        AddDialog(disclaimer);
        AddDialog(safetyCheck);
        AddDialog(assessment);
        AddDialog(planReview);
        AddDialog(session);
        AddDialog(forgetMe);
        AddDialog(reminders);
        AddDialog(new WaterfallDialog(CoachFlow,
        [
            DisclaimerAsync, SafetyCheckAsync, AssessmentAsync, PlanAsync, SessionAsync, EndAsync,
        ]));
        InitialDialogId = CoachFlow;
    }

    /// <summary>With nothing running, a message either asks for one thing (help, an exercise...) or starts the flow.</summary>
    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken = default)
    {
        var input = _reader.Read(innerDc.Context);
        var answersWelcome = (await _state.CoachingAsync(innerDc.Context, cancellationToken)).LastReply == AnswerableReply.Welcome;
        if (await InterruptAsync(innerDc, input, cancellationToken) is { } handled)
        {
            return handled.Status == DialogTurnStatus.Waiting && innerDc.ActiveDialog is null
                ? new DialogTurnResult(DialogTurnStatus.Complete)
                : handled;
        }

        // The welcome offers to start, and "ok", "sure" or "yes please" is the commonest first answer to it.
        if (answersWelcome && input.CardAction is null && _vocabulary.IsYes(innerDc.Context.Activity.Text))
        {
            return await innerDc.BeginDialogAsync(CoachFlow, null, cancellationToken);
        }

        // "Ok" with nothing under way (after a summary, say) is understood: it needs no "I'm not sure what you mean".
        // "Only got 10 mins today, back's ok" names a time: a session is asked for, and the check-in starts below.
        if (input.Intent == Intent.Acknowledge && input.CardAction is null && !input.NamesTime)
        {
            await innerDc.Context.SendActivityAsync(_texts.AcknowledgedIdle, cancellationToken: cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        // "Just 5 min today" asks for a session: the check-in starts, and keeps the time for its own question.
        if (input.Intent == Intent.None && input.CardAction is null && !input.NamesTime && !string.IsNullOrWhiteSpace(innerDc.Context.Activity.Text))
        {
            await SendNotUnderstoodAsync(innerDc.Context, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        return await innerDc.BeginDialogAsync(CoachFlow, null, cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var input = _reader.Read(innerDc.Context);
        return await InterruptAsync(innerDc, input, cancellationToken)
            ?? await RestartForChangedNoteAsync(innerDc, cancellationToken)
            ?? await innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>
    /// A check-in that began under an earlier wording of the note (the safety check, the questions or the plan left
    /// waiting in the chat, often days ago) starts again from the note, so the new wording is accepted before the
    /// safety check and any exercise. A session under way is left to finish. Null when nothing needs restarting.
    /// </summary>
    private async Task<DialogTurnResult?> RestartForChangedNoteAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.ActiveDialog?.Id is not (nameof(SafetyCheckDialog) or nameof(AssessmentDialog) or nameof(PlanReviewDialog))
            || !await _disclaimer.NeedsAcceptanceAsync(innerDc.Context, cancellationToken))
        {
            return null;
        }

        await innerDc.CancelAllDialogsAsync(cancellationToken);
        return await innerDc.BeginDialogAsync(CoachFlow, null, cancellationToken);
    }

    /// <summary>Handles a command that works at any point; null when the message is an answer for the flow.</summary>
    private async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, UserInput input, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        if (input.RedFlags.Count > 0)
        {
            await SendSafetyStopAsync(turn, input.RedFlags, cancellationToken);
            return await innerDc.CancelAllDialogsAsync(cancellationToken);
        }

        var coaching = await _state.CoachingAsync(turn, cancellationToken);
        var lastReply = coaching.LastReply;
        coaching.LastReply = AnswerableReply.None;
        if (input.IsCardAction(CardActions.RedFlagAcknowledged)
            || (lastReply == AnswerableReply.SafetyStop && input.CardAction is null && input.Intent is Intent.Acknowledge or Intent.Thanks))
        {
            await turn.SendActivityAsync(_texts.RedFlagAcknowledged, cancellationToken: cancellationToken);
            return await innerDc.CancelAllDialogsAsync(cancellationToken);
        }

        // "Actually make it 11" straight after setting a reminder changes it, though it names neither it nor a session.
        if (lastReply is AnswerableReply.Reminder or AnswerableReply.ReminderCard && input is { CardAction: null, NamesTime: false }
            && FindDialog(nameof(ReminderDialog)) is ReminderDialog reminders
            && reminders.FollowsUp(turn.Activity.Text, cardShown: lastReply == AnswerableReply.ReminderCard))
        {
            return await innerDc.BeginDialogAsync(nameof(ReminderDialog), null, cancellationToken);
        }

        if (IsStaleSessionTap(input, coaching))
        {
            return await ShowWaitingQuestionAsync(innerDc, coaching, cancellationToken);
        }

        if (IsStaleQuestionTap(input, innerDc))
        {
            return await ShowWaitingQuestionAsync(innerDc, coaching, cancellationToken);
        }

        if (await TakePositionOfferAsync(turn, coaching, input, cancellationToken))
        {
            return Dialog.EndOfTurn;
        }

        // "A bit sore, but let's start": the pain is acknowledged whatever else the message asks for.
        // A question only a clinician can answer ("is this good for sciatica?") is answered by pointing to one instead, and
        // starting over asks how much pain there is straight after the safety check.
        if (input.MentionsPain && input.Intent is not (Intent.Pain or Intent.OutOfScope or Intent.StartOver or Intent.PainScale or Intent.WhyAsked)
            && input.Number is null && !coaching.HasCurrentExercise
            && innerDc.ActiveDialog?.Id != nameof(SafetyCheckDialog))
        {
            await turn.SendActivityAsync(_texts.PainOutsideExercise, cancellationToken: cancellationToken);
        }

        if (input is { CardAction: null, Intent: Intent.None } && coaching is { HasCurrentExercise: true, Session.AwaitingFeeling: false }
            && _vocabulary.IsGoBack(turn.Activity.Text))
        {
            await turn.SendActivityAsync(_texts.GoBackInSession, cancellationToken: cancellationToken);
            return Dialog.EndOfTurn;
        }

        // "Done, too easy" at an exercise says it is done and how it felt, not "make it harder": the session takes both.
        if (input is { CardAction: null, Intent: Intent.Easier or Intent.Harder, MentionsPain: false }
            && coaching is { HasCurrentExercise: true, Session.AwaitingFeeling: false }
            && _feelings.SaidWithDone(turn.Activity.Text) is not null)
        {
            return null;
        }

        // "Done, what's next?" at an exercise: it is done, which "how did it feel?" records, and what comes next is said first.
        if (input is { CardAction: null, Intent: Intent.ShowPlan } && coaching is { HasCurrentExercise: true, Session.AwaitingFeeling: false }
            && _doneWithQuestion.SaysDone(turn.Activity.Text))
        {
            await turn.SendActivityAsync(NextUp(coaching), cancellationToken: cancellationToken);
            return null;
        }

        if (input.CardAction is null && input.Intent == Intent.Skip && innerDc.ActiveDialog?.Id == nameof(PlanReviewDialog))
        {
            await _planItems.ExplainSkipAtPlanAsync(turn, coaching, PlanItemChanges.PointedAt(coaching, input, atPlan: true), cancellationToken);
            return Dialog.EndOfTurn;
        }

        // "Swap the second one", "make the squat easier", "what does number 3 look like": one exercise of the plan other
        // than the one on screen, at the plan or still to come in the session.
        if (input.CardAction is null && input.Intent is Intent.Easier or Intent.Harder or Intent.Swap or Intent.ExerciseLookup
            && PlanItemChanges.PointedAt(coaching, input, atPlan: innerDc.ActiveDialog?.Id == nameof(PlanReviewDialog)) is { } pointedAt)
        {
            await (input.Intent == Intent.ExerciseLookup
                ? _planItems.ShowAsync(turn, coaching, pointedAt, cancellationToken)
                : _planItems.ChangeAsync(turn, coaching, pointedAt, input.Intent, input.Replacement, cancellationToken));
            return coaching.Session is { AwaitingFeeling: true } ? await RepromptAsync(innerDc, cancellationToken) : Dialog.EndOfTurn;
        }

        // "Can I do a side plank instead?" at the plan: what it is to replace goes unsaid, so the plan says.
        if (input is { CardAction: null, Intent: Intent.Swap, Replacement: { } wanted, ExerciseId: null, Place: null }
            && innerDc.ActiveDialog?.Id == nameof(PlanReviewDialog) && !coaching.HasCurrentExercise && coaching.Plan is not null)
        {
            await _planItems.SwapInAsync(turn, coaching, wanted, cancellationToken);
            return Dialog.EndOfTurn;
        }

        if (input.CardAction is null && input.Intent is Intent.Easier or Intent.Harder or Intent.Swap
            && await _planItems.AnswerNotInPlanAsync(turn, coaching, input, cancellationToken))
        {
            return coaching.Session is { AwaitingFeeling: true } ? await RepromptAsync(innerDc, cancellationToken) : Dialog.EndOfTurn;
        }

        // At "how did that feel?" the exercise is behind: "easier" or "harder" says how it felt, and there is nothing left to swap.
        if (coaching.Session is { AwaitingFeeling: true } && input.CardAction is null && input.Intent is Intent.Easier or Intent.Harder)
        {
            return null;
        }

        if (coaching.Session is { AwaitingFeeling: true } && input.Intent == Intent.Swap)
        {
            await turn.SendActivityAsync(_texts.SwapAfterExercise, cancellationToken: cancellationToken);
            return await RepromptAsync(innerDc, cancellationToken);
        }

        // "Change the time" or "can we do 20 minutes instead" answers the plan's own question; it is not a swap.
        if (innerDc.ActiveDialog?.Id == nameof(PlanReviewDialog) && input.CardAction is null
            && input.Intent is Intent.Easier or Intent.Harder or Intent.Swap
            && (_vocabulary.AsksToChangeTime(turn.Activity.Text) || _vocabulary.IsGoBack(turn.Activity.Text)))
        {
            return null;
        }

        // "Beginner" or "I can hardly get down" answer an assessment question; with nothing on screen to change they
        // are not a request to make an exercise easier.
        if (input.CardAction is null && input.Intent is Intent.Easier or Intent.Harder or Intent.Swap
            && input.ExerciseId is null && coaching.CurrentVariationId is null
            && await innerDc.ActiveDialogUnderstandsAnswerAsync(cancellationToken))
        {
            return null;
        }

        // "I don't have a weight after all" with an exercise on screen or just done: today's plan forgets that kit. An
        // exercise that needs it gives way to another that does without; one that only uses it if at hand stays.
        if (input is { CardAction: null, ExerciseId: null, Intent: Intent.None or Intent.ExerciseLookup } && coaching is { HasCurrentExercise: true, Assessment: not null }
            && _vocabulary.DeniedEquipment(turn.Activity.Text) is { } missing)
        {
            return !await _changes.KeepDespiteMissingKitAsync(turn, coaching, missing, cancellationToken)
                ? await ChangeAsync(innerDc, coaching, input with { Intent = Intent.Swap }, cancellationToken)
                : coaching.Session!.AwaitingFeeling ? await RepromptAsync(innerDc, cancellationToken) : Dialog.EndOfTurn;
        }

        // "Can I do this sitting?" or "I can't get on the floor" at an exercise: an answer from the exercise's positions.
        // Commands keep their meaning ("sit this one out" skips), "it hurts" stops the exercise, and another exercise's name
        // is a look-up.
        if (input.CardAction is null && coaching is { HasCurrentExercise: true, Session.AwaitingFeeling: false }
            && input.Intent is not (Intent.Stop or Intent.Pause or Intent.Done or Intent.Skip or Intent.Pain or Intent.Help or Intent.StartOver
                or Intent.ForgetMe or Intent.Reminder or Intent.Progress or Intent.ShowLibrary or Intent.ShowPlan or Intent.SessionLength)
            && (input.ExerciseId is null || input.ExerciseId == coaching.Plan!.Items[coaching.Session!.Index].ExerciseId)
            && _positions.Read(turn.Activity.Text) is { } wish)
        {
            await _positions.AnswerAsync(turn, coaching, wish, cancellationToken);
            return Dialog.EndOfTurn;
        }

        // "How many reps?", "can I use a water bottle?", "do I switch sides?", "how do I keep my back flat?" or "should I feel
        // this in my back?": the dose, the kit, the sides, the form or what it works in a line from the exercise's own
        // content, rather than the whole card again. A message that also speaks of pain is never answered here: it goes on
        // to the handling of pain and commands below, which stops the exercise.
        if (input is
            {
                CardAction: null, ExerciseId: null, Replacement: null, Place: null, MentionsPain: false,
                Intent: Intent.None or Intent.ExerciseLookup or Intent.Acknowledge or Intent.Swap or Intent.OutOfScope
            }
            && _exerciseQuestions.AnswerFor(coaching, turn.Activity.Text, input.Intent) is { } answer)
        {
            await turn.SendActivityAsync(answer, cancellationToken: cancellationToken);
            return Dialog.EndOfTurn;
        }

        // With no plan on screen, how long a session takes is what the plan, or the finished plan, shows.
        if (input.Intent == Intent.SessionLength && !coaching.HasCurrentExercise && innerDc.ActiveDialog?.Id != nameof(PlanReviewDialog))
        {
            input = input with { Intent = Intent.ShowPlan };
        }

        switch (input.Intent)
        {
            case Intent.Help when coaching.PlanDone && innerDc.ActiveDialog is null && !_vocabulary.AsksForHelpByName(turn.Activity.Text):
                // "What now?" after the summary: what can come next (another check-in, a reminder), not the commands of a session.
                await _finishedPlan.SendAsync(turn, cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.Help:
                await turn.SendActivityAsync(_cards.Help(coaching.HasCurrentExercise ? _texts.HelpInSession : null), cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case Intent.About:
                return await AnswerAndCarryOnAsync(innerDc, _texts.About, cancellationToken);
            case Intent.HowOften:
                return await AnswerAndCarryOnAsync(innerDc, _texts.HowOften, cancellationToken);
            case Intent.Privacy:
                return await AnswerAndCarryOnAsync(innerDc, _privacy.Text, cancellationToken);
            case Intent.StartOver:
                await turn.SendActivityAsync(_texts.StartOver, cancellationToken: cancellationToken);
                await ClearTodayAsync(turn, cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(CoachFlow, null, cancellationToken);
            case Intent.Stop when innerDc.ActiveDialog is { } waiting && FindDialog(waiting.Id) is ISideQuestion sideQuestion:
                return await sideQuestion.DropAsync(innerDc, cancellationToken);
            case Intent.Stop when coaching is { InSession: true, HasCurrentExercise: false }:
                // The exercises are over and "how is your back now?" waits, after the last one or after stopping early:
                // "stop" declines it, and the summary comes without a score.
                return null;
            case Intent.Stop when coaching.HasCurrentExercise && !coaching.CurrentExerciseStoppedForPain && !input.MentionsPain
                && !_vocabulary.SaysUnwell(turn.Activity.Text):
                // Stopped early with nothing hurting: one skippable question about the back now, then the summary. A stop
                // after "it hurts" or one that says it hurts or feels unwell keeps to the safety path below.
                await turn.SendActivityAsync(_texts.SessionEndedEarly, cancellationToken: cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(nameof(SessionDialog), SessionDialog.EndingEarly, cancellationToken);
            case Intent.Stop:
                if (coaching.InSession)
                {
                    await turn.SendActivityAsync(_texts.SessionEndedEarly, cancellationToken: cancellationToken);
                    await _wrapUp.FinishAsync(turn, painAfter: null, cancellationToken);
                }
                else
                {
                    var goodbye = innerDc.ActiveDialog is null && _vocabulary.SaysGoodbye(turn.Activity.Text);
                    await turn.SendActivityAsync(goodbye ? _texts.Goodbye : _texts.NoSessionToEnd, cancellationToken: cancellationToken);
                }

                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            case Intent.Pause:
                // A break is not a stop: nothing ends, and the exercise or question waits for the person's return.
                await turn.SendActivityAsync(coaching is { HasCurrentExercise: true, Session.AwaitingFeeling: false } ? _texts.PausedAtExercise : _texts.Paused,
                    cancellationToken: cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.Tired when coaching.HasCurrentExercise:
                // Tiredness asks for nothing in so many words: the ways to go gently, then whatever was waiting.
                await turn.SendActivityAsync(_texts.TiredDuringSession, cancellationToken: cancellationToken);
                return coaching.Session!.AwaitingFeeling ? await RepromptAsync(innerDc, cancellationToken) : Dialog.EndOfTurn;
            case Intent.Tired when innerDc.ActiveDialog?.Id == nameof(PlanReviewDialog) && coaching.Plan is not null:
                await turn.SendActivityAsync(_texts.TiredAtPlan, cancellationToken: cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.ForgetMe when innerDc.ActiveDialog?.Id != nameof(ForgetMeDialog):
                return await innerDc.BeginDialogAsync(nameof(ForgetMeDialog), null, cancellationToken);
            case Intent.Reminder when innerDc.ActiveDialog?.Id != nameof(ReminderDialog):
                return await innerDc.BeginDialogAsync(nameof(ReminderDialog), null, cancellationToken);
            case Intent.ShowLibrary:
                await turn.SendActivityAsync(_cards.Library(), cancellationToken);
                return await AfterLookUpAsync(innerDc, coaching, cancellationToken);
            case Intent.Progress:
                await ShowProgressAsync(turn, cancellationToken);
                return await AfterLookUpAsync(innerDc, coaching, cancellationToken);
            case Intent.SessionLength when coaching.HasCurrentExercise:
                await turn.SendActivityAsync(TimeLeft(coaching), cancellationToken: cancellationToken);
                return coaching.Session!.AwaitingFeeling ? await RepromptAsync(innerDc, cancellationToken) : Dialog.EndOfTurn;
            case Intent.SessionLength when innerDc.ActiveDialog?.Id == nameof(PlanReviewDialog) && coaching.Plan is not null:
                await turn.SendActivityAsync(string.Format(CultureInfo.InvariantCulture, _texts.SessionTimeAtPlan, Minutes(coaching.Plan.TotalMinutes)),
                    cancellationToken: cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.ShowPlan when coaching.PlanDone && innerDc.ActiveDialog is null:
                await _finishedPlan.SendAsync(turn, cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.ShowPlan when coaching.Plan is not null && coaching.Assessment is not null:
                if (coaching.HasCurrentExercise)
                {
                    // The plan card lists every exercise but not which one is on screen, so "how many left?" gets its answer first.
                    await turn.SendActivityAsync(SessionPosition(coaching), cancellationToken: cancellationToken);
                }

                await turn.SendActivityAsync(_cards.Plan(coaching.Plan, coaching.Assessment), cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.ShowPlan when innerDc.ActiveDialog is { } waiting && FindDialog(nameof(AssessmentDialog)) is AssessmentDialog assessment
                && waiting.Id == nameof(AssessmentDialog) && !await innerDc.ActiveDialogUnderstandsAnswerAsync(cancellationToken)
                && await assessment.StillNeededForPlanAsync(turn, waiting, cancellationToken) is { } stillNeeded:
                // "Just plan it" at a returning person's quick check: the plan needs only what is still unanswered, said in
                // so many words, which is the question again.
                await turn.SendActivityAsync(stillNeeded, cancellationToken: cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.ShowPlan when !await innerDc.ActiveDialogUnderstandsAnswerAsync(cancellationToken):
                // Mid-assessment the plan is only a few answers away, and the question still waits for one.
                await turn.SendActivityAsync(innerDc.ActiveDialog is null ? _texts.NoPlanYet : _texts.PlanAfterQuestions, cancellationToken: cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case Intent.ExerciseLookup or Intent.WhyAsked when coaching is { HasCurrentExercise: true, Session.AwaitingFeeling: false }
                && !input.MentionsPain && (input.ExerciseId is null || input.ExerciseId == coaching.Plan!.Items[coaching.Session.Index].ExerciseId):
                // "How do I do this one?", "why?" or the name of the exercise on screen: the steps of the version being
                // done, and why it is in the plan, are on its own card, so it comes again.
                await turn.SendActivityAsync(_cards.SessionExercise(coaching, changeNote: null), cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.ExerciseLookup when input.ExerciseId is not null && _library.TryGetExercise(input.ExerciseId, out var exercise):
                await ShowLookedUpAsync(turn, coaching, exercise, cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.ExerciseLookup when input.ExerciseId is null && !coaching.HasCurrentExercise:
                // With no exercise on screen "this one" names nothing: the library shows how each is done.
                await turn.SendActivityAsync(_cards.Library(), cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case Intent.Start or Intent.Greeting when coaching.HasCurrentExercise:
                // Often the next day, with the exercise far up the chat: show where the session is.
                await turn.SendActivityAsync(_texts.SessionResumed, cancellationToken: cancellationToken);
                if (coaching.Session!.AwaitingFeeling)
                {
                    return await RepromptAsync(innerDc, cancellationToken);
                }

                await turn.SendActivityAsync(_cards.SessionExercise(coaching, changeNote: null), cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.Start or Intent.Greeting when IsCheckIn(innerDc.ActiveDialog) && !await innerDc.ActiveDialogUnderstandsAnswerAsync(cancellationToken):
                // "Hi" or "start" the next day, with the question far up the chat: say where we are and ask it again,
                // unless the note has changed since, which then comes first.
                if (await RestartForChangedNoteAsync(innerDc, cancellationToken) is { } restarted)
                {
                    return restarted;
                }

                await turn.SendActivityAsync(_texts.QuestionsResumed, cancellationToken: cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case Intent.Greeting when innerDc.ActiveDialog?.Id == nameof(PlanReviewDialog) && coaching.Plan is not null && coaching.Assessment is not null:
                // "Hi" with the plan waiting, often far up the chat: a hello, and the plan again to start from.
                var plan = _cards.Plan(coaching.Plan, coaching.Assessment);
                plan.Text = _texts.PlanResumed;
                await turn.SendActivityAsync(plan, cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.Easier or Intent.Harder or Intent.Swap when !(coaching.HasCurrentExercise && input.MentionsPain):
                return await ChangeAsync(innerDc, coaching, input, cancellationToken);
            // Pain during an exercise stops it, whatever else the message asks ("do I switch sides? my back is sore" wants a
            // change, which the case above leaves to this one); the stop card offers the easier version and another exercise.
            case Intent.Pain when coaching.HasCurrentExercise:
            case Intent.Easier or Intent.Harder or Intent.Swap:
            case Intent.OutOfScope or Intent.WhyAsked when coaching.HasCurrentExercise && input.MentionsPain:
                // Dizzy or out of breath mid-exercise needs saying what to do right now, not only how to adjust the exercise.
                if (_vocabulary.SaysUnwell(turn.Activity.Text))
                {
                    await turn.SendActivityAsync(_texts.UnwellDuringExercise, cancellationToken: cancellationToken);
                }

                await _changes.StopForPainAsync(turn, coaching, cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.OutOfScope:
                // Kind and plain: the bot cannot judge what suits a condition, a pregnancy or a medicine.
                return await AnswerAndCarryOnAsync(innerDc, _texts.OutOfScope, cancellationToken);
            case Intent.Pain when input.Number is null && innerDc.ActiveDialog?.Id != nameof(SafetyCheckDialog):
                // Pain told outside an exercise is acknowledged, then the message still goes to the question waiting
                // for an answer ("it hurts" can answer "is kneeling comfortable?"); a score ("pain 6") is an answer,
                // and at the safety check a symptom ("night pain") is one of the warning signs it asks about.
                await turn.SendActivityAsync(_texts.PainOutsideExercise, cancellationToken: cancellationToken);
                return null;
            case Intent.Thanks when innerDc.ActiveDialog is null:
                await turn.SendActivityAsync(_texts.Thanks, cancellationToken: cancellationToken);
                return Dialog.EndOfTurn;
            case Intent.Thanks when !await innerDc.ActiveDialogUnderstandsAnswerAsync(cancellationToken):
                // Thanks in the middle of things is not goodbye: the waiting question comes again. Said with an answer
                // ("yes, thank you, I can manage that") it is good manners, and the answer is taken.
                await turn.SendActivityAsync(_texts.ThanksMidFlow, cancellationToken: cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>
    /// The answer to a change offered for "can I do this sitting?": "yes" takes it, "no" keeps the exercise, and "swap"
    /// (typed or tapped) goes the usual swap way, keeping to what the person ruled out. Whatever the message, the offer
    /// is dropped, so a later "yes" cannot take it. False when the message is left to the rest.
    /// </summary>
    private async Task<bool> TakePositionOfferAsync(ITurnContext turn, CoachingState coaching, UserInput input, CancellationToken cancellationToken)
    {
        if (coaching.Session?.PositionOffer is not { } offer)
        {
            return false;
        }

        coaching.Session.PositionOffer = null;
        if (!coaching.HasCurrentExercise)
        {
            return false;
        }

        if (input.Intent == Intent.Swap)
        {
            PositionQuestions.RuleOut(coaching, offer.Limit);
            return false;
        }

        if (input.CardAction is not null)
        {
            return false;
        }

        if (_vocabulary.IsYes(turn.Activity.Text))
        {
            await _positions.AcceptAsync(turn, coaching, await _state.ProfileAsync(turn, cancellationToken), offer, cancellationToken);
            return true;
        }

        if (_vocabulary.IsDecline(turn.Activity.Text))
        {
            await turn.SendActivityAsync(_texts.PositionOfferDeclined, cancellationToken: cancellationToken);
            return true;
        }

        return false;
    }

    /// <summary>
    /// A session button on the card of an exercise that is no longer on screen (or of a session that is over):
    /// chat clients keep old cards tappable, and acting on one would record or change the wrong exercise.
    /// </summary>
    private static bool IsStaleSessionTap(UserInput input, CoachingState coaching) =>
        input.CardAction is { } action && SessionButtons.Contains(action) && input.ExerciseId is { } tapped
        && (!coaching.HasCurrentExercise || tapped != coaching.Plan!.Items[coaching.Session!.Index].ExerciseId);

    /// <summary>
    /// A button of a question answered earlier (the assessment card after moving on, the plan's start mid-session)
    /// while another question waits: taken as that question's answer it would be misread or refused without a reason.
    /// </summary>
    private static bool IsStaleQuestionTap(UserInput input, DialogContext innerDc) =>
        input.CardAction is { } action && QuestionOfCardAction.TryGetValue(action, out var asker)
        && innerDc.ActiveDialog is { } waiting && waiting.Id != asker;

    /// <summary>
    /// After an old card's tap: the exercise on screen, else the question waiting (a returning person's check-in, which a
    /// button from last session's cards must not leave unasked), else how to start.
    /// </summary>
    private async Task<DialogTurnResult> ShowWaitingQuestionAsync(DialogContext innerDc, CoachingState coaching, CancellationToken cancellationToken)
    {
        if (coaching.HasCurrentExercise || innerDc.ActiveDialog is null)
        {
            await ShowWhereWeAreAsync(innerDc.Context, coaching, cancellationToken);
            return Dialog.EndOfTurn;
        }

        await innerDc.Context.SendActivityAsync(_texts.StaleQuestionCard, cancellationToken: cancellationToken);
        return await RepromptAsync(innerDc, cancellationToken);
    }

    private async Task ShowWhereWeAreAsync(ITurnContext turn, CoachingState coaching, CancellationToken cancellationToken)
    {
        if (!coaching.HasCurrentExercise)
        {
            await turn.SendActivityAsync(_texts.StaleCardNoSession, cancellationToken: cancellationToken);
            return;
        }

        var card = coaching.Session!.AwaitingFeeling
            ? _cards.Feeling(coaching.Plan!.Items[coaching.Session.Index].VariationId)
            : _cards.SessionExercise(coaching, changeNote: null);
        card.Text = _texts.StaleCardTap;
        await turn.SendActivityAsync(card, cancellationToken);
    }

    /// <summary>Answers a question about the bot itself, then asks the waiting question again, or says how to begin.</summary>
    private async Task<DialogTurnResult> AnswerAndCarryOnAsync(DialogContext innerDc, string answer, CancellationToken cancellationToken)
    {
        await innerDc.Context.SendActivityAsync(answer, cancellationToken: cancellationToken);
        if (innerDc.ActiveDialog is null)
        {
            await innerDc.Context.SendActivityAsync(_texts.AboutNextStep, cancellationToken: cancellationToken);
        }

        return await RepromptAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> ChangeAsync(DialogContext innerDc, CoachingState coaching, UserInput input, CancellationToken cancellationToken)
    {
        var turn = innerDc.Context;
        if (input.Intent == Intent.Easier)
        {
            _metrics.EasierRequests.Add(1);
        }

        // "Easier" or "harder" at the plan with no exercise named, or "everything is too easy" at any exercise: all that is ahead.
        var atPlan = !coaching.HasCurrentExercise && innerDc.ActiveDialog?.Id == nameof(PlanReviewDialog);
        if (input.Intent is Intent.Easier or Intent.Harder && (atPlan ? input.ExerciseId is null : input.WholePlan && coaching.HasCurrentExercise))
        {
            await _planItems.ChangeAllAsync(turn, coaching, harder: input.Intent == Intent.Harder, cancellationToken);
            return Dialog.EndOfTurn;
        }

        if (input.ExerciseId is not null && !coaching.HasCurrentExercise && _library.TryGetExercise(input.ExerciseId, out var named))
        {
            // "An easier bird dog": the person names the exercise they mean.
            coaching.CurrentVariationId = named.Standard.Id;
        }

        if (coaching.CurrentVariationId is null)
        {
            // Before the plan exists there is nothing to change yet; the question on screen still needs its answer.
            var nothingToChange = innerDc.ActiveDialog?.Id == nameof(PlanReviewDialog) ? _texts.ChangeOnceStarted
                : IsCheckIn(innerDc.ActiveDialog) || (coaching.Plan is null && innerDc.ActiveDialog is not null) ? _texts.NoExerciseYet
                : _texts.NoCurrentExercise;
            await turn.SendActivityAsync(nothingToChange, cancellationToken: cancellationToken);
            return await RepromptAsync(innerDc, cancellationToken);
        }

        var profile = await _state.ProfileAsync(turn, cancellationToken);
        await _changes.ChangeAsync(turn, coaching, profile, input.Intent, input.Replacement, cancellationToken);
        return Dialog.EndOfTurn;
    }

    private async Task ShowProgressAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var profile = await _state.ProfileAsync(turn, cancellationToken);
        var report = ProgressReport.Of(profile.History, _library);
        if (report.IsEmpty)
        {
            await turn.SendActivityAsync(_texts.NoProgressYet, cancellationToken: cancellationToken);
            return;
        }

        // Sessions are dated in the person's own time where the channel says what it is.
        await turn.SendActivityAsync(_cards.Progress(report, turn.Activity.LocalTimestamp?.Offset ?? TimeSpan.Zero), cancellationToken);
    }

    private async Task ShowLookedUpAsync(ITurnContext turn, CoachingState coaching, Exercise exercise, CancellationToken cancellationToken)
    {
        if (!coaching.HasCurrentExercise)
        {
            coaching.CurrentVariationId = exercise.Standard.Id;
        }

        var profile = await _state.ProfileAsync(turn, cancellationToken);
        var experience = coaching.Assessment?.Experience ?? profile.Baseline?.Experience ?? Experience.New;
        await turn.SendActivityAsync(_cards.LookedUpExercise(exercise.Standard, experience, changeNote: null), cancellationToken);
    }

    /// <summary>Whether the waiting question is one of the check-in's, before any plan: the note, the safety check, the assessment.</summary>
    private static bool IsCheckIn(DialogInstance? waiting) =>
        waiting?.Id is nameof(DisclaimerDialog) or nameof(SafetyCheckDialog) or nameof(AssessmentDialog);

    /// <summary>After a look-up (the library, the progress card): a question waiting comes again; an exercise on screen stays above it.</summary>
    private static async Task<DialogTurnResult> AfterLookUpAsync(DialogContext innerDc, CoachingState coaching, CancellationToken cancellationToken) =>
        coaching is { HasCurrentExercise: true, Session.AwaitingFeeling: false } ? Dialog.EndOfTurn : await RepromptAsync(innerDc, cancellationToken);

    private static async Task<DialogTurnResult> RepromptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        await innerDc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    private async Task ClearTodayAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await _state.Coaching.SetAsync(turn, new CoachingState(), cancellationToken);

    /// <summary>Advises a clinician instead of exercise, and drops today's plan so nothing carries on from it.</summary>
    private async Task SendSafetyStopAsync(ITurnContext turn, IEnumerable<RedFlag> redFlags, CancellationToken cancellationToken)
    {
        await turn.SendActivityAsync(_cards.SafetyStop(redFlags), cancellationToken);
        await _state.Coaching.SetAsync(turn, new CoachingState { LastReply = AnswerableReply.SafetyStop }, cancellationToken);
    }

    private async Task SendNotUnderstoodAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        await turn.SendActivityAsync(_cards.Message(_texts.NotUnderstoodTitle, _texts.NotUnderstood,
            new MessageButton(_texts.StartButton, CardActions.Start),
            new MessageButton(_texts.HelpButton, CardActions.Help),
            new MessageButton(_texts.LibraryButton, CardActions.ShowLibrary)), cancellationToken);

    /// <summary>The flow's options: <c>AnswersAgain</c> when the person asked at the plan to change their answers.</summary>
    private sealed record FlowOptions(bool AnswersAgain);

    private static bool AnswersAgain(WaterfallStepContext step) => StoredValues.Convert<FlowOptions>(step.Options) is { AnswersAgain: true };

    /// <summary>
    /// Keeps a length of time said in the message that began the check-in, or answered the note, for the time question
    /// ("just 5 min today"); the safety check's answer is read by the assessment itself.
    /// </summary>
    private void KeepMinutesSaid(WaterfallStepContext step)
    {
        if (step.Context.Activity.Value is null && _reader.Read(step.Context).Minutes is { } minutes)
        {
            step.Values[MinutesSaid] = minutes;
        }
    }

    private async Task<DialogTurnResult> DisclaimerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        KeepMinutesSaid(step);
        // The last exercise of an earlier session is no longer on screen: "harder" at the safety check must not change it,
        // and its plan is no longer today's.
        var coaching = await _state.CoachingAsync(step.Context, cancellationToken);
        coaching.CurrentVariationId = null;
        coaching.PlanDone = false;
        // Going back from the plan to the questions: the note was accepted and the safety check answered minutes ago.
        return AnswersAgain(step)
            ? await step.NextAsync(true, cancellationToken)
            : await step.BeginDialogAsync(nameof(DisclaimerDialog), null, cancellationToken);
    }

    private async Task<DialogTurnResult> SafetyCheckAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        KeepMinutesSaid(step);
        return step.Result is not true ? await step.EndDialogAsync(null, cancellationToken)
            : AnswersAgain(step) ? await step.NextAsync(new List<string>(), cancellationToken)
            : await step.BeginDialogAsync(nameof(SafetyCheckDialog), null, cancellationToken);
    }

    private async Task<DialogTurnResult> AssessmentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not IReadOnlyCollection<string> redFlags)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (redFlags.Count > 0)
        {
            await SendSafetyStopAsync(step.Context, _changes.RedFlagsById(redFlags), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // The safety check's answer may hold answers to the questions ("none of those, beginner, 15 min"); from a card it has none.
        var options = AnswersAgain(step)
            ? new AssessmentDialog.Options(Full: true)
            : new AssessmentDialog.Options(Full: false, GivenWithSafetyCheck: step.Context.Activity.Text,
                MinutesSaidBefore: step.Values.GetValue<int?>(MinutesSaid));
        return await step.BeginDialogAsync(nameof(AssessmentDialog), options, cancellationToken);
    }

    /// <summary>The session's minutes in all and those left, from the exercise on screen to the end of the plan.</summary>
    private string TimeLeft(CoachingState coaching)
    {
        var items = coaching.Plan!.Items;
        var index = coaching.Session!.Index;
        var total = Minutes(coaching.Plan.TotalMinutes);
        var left = Minutes(items.Skip(index).Sum(item => item.EstimatedMinutes));
        return index == items.Count - 1
            ? string.Format(CultureInfo.InvariantCulture, _texts.SessionTimeLeftLast, total, left)
            : string.Format(CultureInfo.InvariantCulture, _texts.SessionTimeLeft, total, items.Count - index - 1, left);
    }

    /// <summary>Whole minutes as the plan card shows them: rounded up, so a session is never said to be shorter than it is.</summary>
    private static int Minutes(double minutes) => (int)Math.Max(1, Math.Ceiling(minutes));

    /// <summary>What follows the exercise on screen, said as it is marked done.</summary>
    private string NextUp(CoachingState coaching)
    {
        var items = coaching.Plan!.Items;
        var next = coaching.Session!.Index + 1;
        return next == items.Count
            ? _texts.DoneNextUpLast
            : string.Format(CultureInfo.InvariantCulture, _texts.DoneNextUp, MidSentence.Name(_library.ExerciseOf(items[next].VariationId).Name));
    }

    private string SessionPosition(CoachingState coaching)
    {
        var items = coaching.Plan!.Items;
        var index = coaching.Session!.Index;
        string NameAt(int at) => MidSentence.Name(_library.ExerciseOf(items[at].VariationId).Name);
        return index == items.Count - 1
            ? string.Format(CultureInfo.InvariantCulture, _texts.SessionPositionLast, NameAt(index), items.Count)
            : string.Format(CultureInfo.InvariantCulture, _texts.SessionPosition, index + 1, items.Count, NameAt(index), NameAt(index + 1));
    }

    private async Task<DialogTurnResult> PlanAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is not Assessment assessment)
        {
            await step.Context.SendActivityAsync(_texts.NoSessionToEnd, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var coaching = await _state.CoachingAsync(step.Context, cancellationToken);
        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        coaching.Assessment = assessment;
        profile.LastMinutes = assessment.MinutesAvailable;
        coaching.Plan = _plan.Create(assessment, profile);
        coaching.CurrentVariationId = null;
        return await step.BeginDialogAsync(nameof(PlanReviewDialog), null, cancellationToken);
    }

    private async Task<DialogTurnResult> SessionAsync(WaterfallStepContext step, CancellationToken cancellationToken) => step.Result switch
    {
        true => await step.BeginDialogAsync(nameof(SessionDialog), null, cancellationToken),
        PlanReviewDialog.ChangeAnswersResult => await step.ReplaceDialogAsync(CoachFlow, new FlowOptions(AnswersAgain: true), cancellationToken),
        _ => await step.EndDialogAsync(null, cancellationToken),
    };

    private async Task<DialogTurnResult> EndAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(null, cancellationToken);
}
