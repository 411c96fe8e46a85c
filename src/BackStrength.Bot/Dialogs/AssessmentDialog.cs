using BackStrength.Bot.Cards;
using BackStrength.Bot.Conversation;
using BackStrength.Bot.State;
using BackStrength.Cards;
using BackStrength.Coaching;
using BackStrength.Dialogs;
using BackStrength.Dialogs.Choices;
using BackStrength.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Dialogs;

/// <summary>
/// How the person is today. First-timers get the whole assessment and returning people only what changes from
/// day to day (pain now, time today). Either way it is one card to fill in, or the same questions answered one
/// at a time in plain chat. Ends with an <see cref="Assessment"/>, or null when the person gave up.
/// </summary>
public sealed class AssessmentDialog : ComponentDialog
{
    private const string EntrySteps = "assessmentEntry";
    private const string FullSteps = "assessmentTypedFull";
    private const string QuickSteps = "assessmentTypedQuick";
    private const string FirstAnswerPrompt = "painOrFormPrompt";
    private const string PainSpreadPrompt = "painSpreadPrompt";
    private const string ComfortPrompt = "assessmentComfortPrompt";
    private const string ExperiencePrompt = "experiencePrompt";
    private const string EquipmentPrompt = "equipmentPrompt";
    private const string MinutesPrompt = "minutesPrompt";
    private const string FocusPrompt = "focusPrompt";

    // Answers to later questions given with the pain score, kept until their question comes up.
    private const string EarlyExperience = "earlyExperience";
    private const string EarlyEquipment = "earlyEquipment";
    private const string EarlyMinutes = "earlyMinutes";
    private const string EarlyFocus = "earlyFocus";
    private const string EarlyPainBelowKnee = "earlyPainBelowKnee";
    private const string EarlyFloor = "earlyFloor";
    private const string EarlyKneeling = "earlyKneeling";

    // Where the answer to each yes/no question named in passing is kept until its question comes up.
    private static readonly Dictionary<string, string> EarlyYesNo = new(StringComparer.Ordinal)
    {
        [NamedYesNoAnswers.PainBelowKnee] = EarlyPainBelowKnee,
        [NamedYesNoAnswers.Floor] = EarlyFloor,
        [NamedYesNoAnswers.Kneeling] = EarlyKneeling,
    };

    // The typed questions in the order they are asked, by the value each answer is kept as.
    private static readonly string[] TypedQuestions = ["pain", "painBelowKnee", "experience", "floor", "kneeling", "equipment", "minutes", "focus"];

    private readonly CoachingStateAccessors _state;
    private readonly CardViews _cards;
    private readonly IntentRecognizer _recognizer;
    private readonly ConversationTexts _texts;
    private readonly AnswerVocabulary _vocabulary;
    private readonly NamedYesNoAnswers _yesNoAnswers;
    private readonly MinutesQuestion _minutesQuestion;

    /// <summary>The quick check's "Update everything" button as it may be typed: its title, whole or without its openers, or in other words.</summary>
    private readonly List<string> _updateEverythingWords;

    public AssessmentDialog(CoachingStateAccessors state, CardViews cards, IntentRecognizer recognizer,
        MinutesQuestion minutesQuestion, IOptions<ConversationTexts> texts, IOptions<AnswerVocabulary> vocabulary)
        : base(nameof(AssessmentDialog))
    {
        _state = state;
        _cards = cards;
        _recognizer = recognizer;
        _texts = texts.Value;
        _vocabulary = vocabulary.Value;
        _yesNoAnswers = new NamedYesNoAnswers(_vocabulary);
        _minutesQuestion = minutesQuestion;
        _updateEverythingWords =
        [
            .. _vocabulary.UpdateEverythingAnswers,
            .. cards.ButtonTitles(CardNames.QuickCheck, CardActions.ActionField).TryGetValue(CardActions.UpdateAssessment, out var update)
                ? _vocabulary.TypedFormsOfCardTitle(update)
                : [],
        ];

        AddDialog(new WaterfallDialog(EntrySteps, [AskFirstAsync, RouteFirstAnswerAsync, FinishAsync]));
        AddDialog(new WaterfallDialog(FullSteps,
        [
            AskPainBelowKneeAsync, AskExperienceAsync, AskFloorAsync, AskKneelingAsync, AskEquipmentAsync,
            AskMinutesAsync, AskFocusAsync, BuildFullAsync,
        ]));
        AddDialog(new WaterfallDialog(QuickSteps, [AskMinutesAsync, BuildQuickAsync]));
        AddDialog(new TextPrompt(FirstAnswerPrompt, ValidateFirstAnswerAsync)
        {
            MaxAttempts = PromptPatience.Unlimited,
            Understands = turn => IsPainScore(turn.Activity.Text) || ComparesPainWithBefore(turn.Activity.Text) || AsksToUpdateEverything(turn.Activity.Text),
        });
        AddDialog(YesNoQuestion(PainSpreadPrompt, _vocabulary.PainSpreadsAnswers, _vocabulary.PainStaysAnswers));
        AddDialog(YesNoQuestion(ComfortPrompt, _vocabulary.ComfortableAnswers, _vocabulary.UncomfortableAnswers));
        AddDialog(new ChoicePrompt(ExperiencePrompt) { MaxAttempts = PromptPatience.Unlimited, WrittenOut = recognizer.WrittenOut });
        AddDialog(new TextPrompt(EquipmentPrompt, (prompt, _) => Task.FromResult(NamesEquipment(prompt.Context.Activity.Text)))
        {
            MaxAttempts = PromptPatience.Unlimited,
            Understands = turn => NamesEquipment(turn.Activity.Text),
        });
        // "Change my answers" at the quick check's time question is the card's "Update everything", not a swap.
        AddDialog(minutesQuestion.CreatePrompt(MinutesPrompt, AsksToUpdateEverything));
        AddDialog(new ChoicePrompt(FocusPrompt) { MaxAttempts = PromptPatience.Unlimited, WrittenOut = recognizer.WrittenOut });
        InitialDialogId = EntrySteps;
    }

    /// <summary>
    /// An answer to another question, given or corrected out of turn ("actually make that a 6", "oh, I've got a band
    /// too"), is noted and the waiting question asked again, rather than the message being read as a poor answer.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        if (await CardAnswerMidRunAsync(innerDc, cancellationToken) is { } fromCard)
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete, fromCard);
        }

        // The quick check's "Update everything", tapped or typed once its pain question is answered: every question again.
        if (innerDc.Stack.Exists(instance => instance.Id == QuickSteps)
            && (CardAnswers.ActionOf(innerDc.Context) == CardActions.UpdateAssessment || AsksToUpdateEverything(innerDc.Context.Activity.Text)))
        {
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return await innerDc.BeginDialogAsync(EntrySteps, new Options(Full: true), cancellationToken);
        }

        // "What does a 7 mean?" at the pain question asks how to pick a number: a guide to the scale, and the question again.
        if (innerDc.ActiveDialog?.Id == FirstAnswerPrompt && CardAnswers.ActionOf(innerDc.Context) is null
            && _recognizer.Recognize(innerDc.Context.Activity.Text).Intent == Intent.PainScale)
        {
            await innerDc.Context.SendActivityAsync(_texts.PainScaleGuide, cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        if (await PainComparedWithLastTimeAsync(innerDc, cancellationToken) is { } compared)
        {
            return compared;
        }

        if (await MinutesAsLastTimeAsync(innerDc, cancellationToken) is { } sameMinutes)
        {
            return sameMinutes;
        }

        // "Prefer not to say" is no answer, even where a yes/no question would hear a "no" in it.
        var text = innerDc.Context.Activity.Text;
        if (_recognizer.Recognize(text).Intent == Intent.Skip)
        {
            return await SkipQuestionAsync(innerDc, cancellationToken);
        }

        // "Why does kneeling matter?" at the floor question asks about kneeling; a plain "why?" about the waiting question.
        if (_recognizer.Recognize(text).Intent == Intent.WhyAsked
            && _texts.WhyAsked.TryGetValue(_yesNoAnswers.Named(text) is [var asked] ? asked : WaitingQuestion(innerDc, TypedRunValues(innerDc)), out var why))
        {
            await innerDc.Context.SendActivityAsync(why, cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        if (_vocabulary.IsGoBack(text) && !await innerDc.ActiveDialogUnderstandsAnswerAsync(cancellationToken))
        {
            return await GoBackAsync(innerDc, cancellationToken);
        }

        if (await TakeNamedYesNoAnswersAsync(innerDc, cancellationToken) is { } named)
        {
            return named;
        }

        if (await TakeLateAnswerAsync(innerDc, cancellationToken))
        {
            await innerDc.Context.SendActivityAsync(_texts.LateAnswerNoted, cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>
    /// "Same as last time" at the pain question takes the score of the last session, said back so it can be corrected;
    /// "a bit better" or "worse than last time" without a number asks for today's, naming last time's, as a guess could
    /// plan too hard a session. Without an earlier score the bot says so and asks for the number. Null when the message
    /// gives a score or does not compare the pain with before.
    /// </summary>
    private async Task<DialogTurnResult?> PainComparedWithLastTimeAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var text = innerDc.Context.Activity.Text;
        if (innerDc.ActiveDialog?.Id != FirstAnswerPrompt || CardAnswers.ActionOf(innerDc.Context) is not null
            || IsPainScore(text) || !ComparesPainWithBefore(text))
        {
            return null;
        }

        var same = _vocabulary.SaysPainSameAsBefore(text);
        // The score given at the start of the last session: the answer to this same question last time.
        var profile = await _state.ProfileAsync(innerDc.Context, cancellationToken);
        var lastScore = profile.History.LastOrDefault(session => session.Entries.Count > 0)?.Entries[0].PainBefore;
        var said = lastScore is not { } last ? _texts.PainNoEarlierScore
            : string.Format(System.Globalization.CultureInfo.InvariantCulture, same ? _texts.PainSameAsLastTime : _texts.PainComparedWithLastTime, last);
        await innerDc.Context.SendActivityAsync(said, cancellationToken: cancellationToken);
        if (!same || lastScore is null)
        {
            return EndOfTurn;
        }

        // Answers to later questions said with it ("same as last time, only 10 mins") are kept as with a number.
        if (CurrentRun(innerDc) is { } run)
        {
            KeepAnswersToComeInPassing(innerDc, run, text!);
        }

        return await innerDc.EndDialogAsync(lastScore.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
    }

    /// <summary>
    /// "Same as last time" or "same time as before" at "how many minutes?" takes the minutes of the last plan, said back
    /// so they can be changed; without a last plan the bot says so and asks for the minutes. Null when the message is no
    /// such answer.
    /// </summary>
    private async Task<DialogTurnResult?> MinutesAsLastTimeAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var text = innerDc.Context.Activity.Text;
        if (innerDc.ActiveDialog?.Id != MinutesPrompt || CardAnswers.ActionOf(innerDc.Context) is not null
            || !_vocabulary.SaysSameMinutesAsBefore(text, waitingForMinutes: true))
        {
            return null;
        }

        var profile = await _state.ProfileAsync(innerDc.Context, cancellationToken);
        if (AssessmentForm.FittingMinutes(profile.LastMinutes) is not { } last)
        {
            await innerDc.Context.SendActivityAsync(_texts.MinutesNoEarlierPlan, cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        await innerDc.Context.SendActivityAsync(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, _texts.MinutesSameAsLastTime, last), cancellationToken: cancellationToken);
        return await innerDc.EndDialogAsync(
            new FoundChoice
            {
                Value = last.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Index = AssessmentForm.MinuteOptions.ToList().IndexOf(last),
                Score = 1,
            }, cancellationToken);
    }

    /// <summary>
    /// "Plan today's session" or "just plan it" at a returning person's quick check: what is still needed before the plan
    /// (the pain now, the minutes, or both) and, when the last plan's minutes are known, that "same time as last time"
    /// takes them. The pain is never taken from before unasked. Null when the quick check is not under way.
    /// </summary>
    public async Task<string?> StillNeededForPlanAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken)
    {
        var innerDc = InnerContext(turnContext, instance);
        var entry = innerDc.Stack.Find(inner => inner.Id == EntrySteps);
        var atQuickCheck = innerDc.Stack.Exists(inner => inner.Id == QuickSteps)
            || (entry is not null && WaterfallDialog.ValuesOf(entry).GetValue<bool?>("full") is false);
        if (!atQuickCheck)
        {
            return null;
        }

        var needs = _texts.QuickCheckNeeds;
        var painWaits = innerDc.ActiveDialog?.Id == FirstAnswerPrompt;
        var minutesKnown = painWaits && entry is not null && WaterfallDialog.ValuesOf(entry).GetValue<int?>(EarlyMinutes) is not null;
        var stillNeeded = painWaits && !minutesKnown ? needs.PainAndMinutes : painWaits ? needs.Pain : needs.Minutes;
        var profile = await _state.ProfileAsync(turnContext, cancellationToken);
        if (minutesKnown || AssessmentForm.FittingMinutes(profile.LastMinutes) is not { } last)
        {
            return stillNeeded;
        }

        var offer = painWaits ? needs.SameMinutesWithPain : needs.SameMinutes;
        return $"{stillNeeded} {string.Format(System.Globalization.CultureInfo.InvariantCulture, offer, last)}";
    }

    /// <summary>
    /// "I am beginer" at the pain question, or "floor's fine but my knees hate kneeling" at another, answers a later
    /// one: it is the assessment's to keep, not a request for an easier exercise or a swap.
    /// </summary>
    public override async Task<bool> UnderstandsAnswerAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default) =>
        await base.UnderstandsAnswerAsync(turnContext, instance, cancellationToken)
        || _vocabulary.FindExperienceInPassing(turnContext.Activity.Text) is not null
        || _vocabulary.FindEquipmentInPassing(turnContext.Activity.Text) is not null
        || new NamedYesNoAnswers(_vocabulary).Read(turnContext.Activity.Text, waiting: string.Empty).Count > 0;

    /// <summary>
    /// The assessment card filled in and sent after starting to answer in chat: it answers everything at once. Null when
    /// the message is not such a card, or the first question is still waiting (which reads the card itself).
    /// </summary>
    private async Task<Assessment?> CardAnswerMidRunAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.ActiveDialog?.Id == FirstAnswerPrompt || CardAnswers.ActionOf(innerDc.Context) is not { } action)
        {
            return null;
        }

        var profile = await _state.ProfileAsync(innerDc.Context, cancellationToken);
        var value = innerDc.Context.Activity.Value as JObject;
        switch (action)
        {
            case CardActions.SubmitAssessment when AssessmentForm.ReadFull(value) is { } assessment:
                profile.Baseline = BaselineAnswers.From(assessment);
                return assessment;
            case CardActions.SubmitQuickCheck when profile.Baseline is not null:
                return AssessmentForm.ReadQuick(value, profile.Baseline);
            default:
                return null;
        }
    }

    /// <summary>
    /// "Skip this question": where the question has an answer that assumes the least of the person, it is taken and
    /// said; where it has none (the pain score, pain below the knee), the bot says why it needs the answer and asks again.
    /// </summary>
    private async Task<DialogTurnResult> SkipQuestionAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var waiting = WaitingQuestion(innerDc, TypedRunValues(innerDc));
        var skipped = _texts.SkippedQuestion;
        (object? Answer, string Said)? taken = waiting switch
        {
            "experience" => (nameof(Experience.New), skipped.Experience),
            "floor" => (false, skipped.Floor),
            "kneeling" => (false, skipped.Kneeling),
            "equipment" => ((int)Equipment.None, skipped.Equipment),
            "minutes" => (AssessmentForm.MinuteOptions[0],
                string.Format(System.Globalization.CultureInfo.InvariantCulture, skipped.Minutes, AssessmentForm.MinuteOptions[0])),
            "focus" => (null, skipped.Focus),
            _ => null,
        };
        if (taken is { } safe)
        {
            await innerDc.Context.SendActivityAsync(safe.Said, cancellationToken: cancellationToken);
            return await innerDc.EndDialogAsync(safe.Answer, cancellationToken);
        }

        await innerDc.Context.SendActivityAsync(waiting == "painBelowKnee" ? skipped.PainBelowKneeNeeded : skipped.PainNeeded, cancellationToken: cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    /// <summary>
    /// "Go back": the question before the waiting one is asked again, keeping every other answer. Before the first
    /// typed question that is the pain score, asked with the card again.
    /// </summary>
    private async Task<DialogTurnResult> GoBackAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var full = innerDc.Stack.Find(instance => instance.Id == FullSteps);
        var values = TypedRunValues(innerDc);
        var back = Array.IndexOf(TypedQuestions, WaitingQuestion(innerDc, values)) - 1;
        if (back < 0)
        {
            await innerDc.Context.SendActivityAsync(_texts.NothingToGoBackTo, cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        await innerDc.Context.SendActivityAsync(_texts.GoingBack, cancellationToken: cancellationToken);
        await innerDc.CancelAllDialogsAsync(cancellationToken);
        if (full is null || back < 1)
        {
            // Back to the pain score, the first question, which the card asks.
            return await innerDc.BeginDialogAsync(EntrySteps, null, cancellationToken);
        }

        // The questions before the one asked again keep their answers; later ones keep any answer given in passing.
        var previous = TypedQuestions[back];
        T? Kept<T>(string question, string early) =>
            Array.IndexOf(TypedQuestions, question) < back && values.ContainsKey(question) ? values.GetValue<T>(question)
            : question == previous ? default : values.GetValue<T>(early);
        var kept = new FirstAnswer(
            Int(values["pain"]),
            Kept<string>("experience", EarlyExperience),
            Kept<int?>("equipment", EarlyEquipment),
            Kept<int?>("minutes", EarlyMinutes),
            Kept<bool?>("painBelowKnee", EarlyPainBelowKnee),
            Kept<bool?>("floor", EarlyFloor),
            Kept<bool?>("kneeling", EarlyKneeling),
            Kept<string>("focus", EarlyFocus));
        return await innerDc.BeginDialogAsync(FullSteps, kept, cancellationToken);
    }

    /// <summary>The answers of the typed run under way, or none before it begins.</summary>
    private static IDictionary<string, object> TypedRunValues(DialogContext innerDc) =>
        innerDc.Stack.Find(instance => instance.Id is FullSteps or QuickSteps) is { } run
            ? WaterfallDialog.ValuesOf(run)
            : new Dictionary<string, object>();

    /// <summary>Which of <see cref="TypedQuestions"/> the waiting prompt asks; the two comfort questions share a prompt.</summary>
    private static string WaitingQuestion(DialogContext innerDc, IDictionary<string, object> values) => innerDc.ActiveDialog?.Id switch
    {
        PainSpreadPrompt => "painBelowKnee",
        ExperiencePrompt => "experience",
        ComfortPrompt => values.ContainsKey("floor") ? "kneeling" : "floor",
        EquipmentPrompt => "equipment",
        MinutesPrompt => "minutes",
        FocusPrompt => "focus",
        _ => "pain",
    };

    /// <summary>
    /// Yes/no questions answered by name with the waiting one ("floor ok, kneeling ok", "no, and I can get down to the
    /// floor fine"): each answer is kept, one to a question already asked replacing the earlier answer, and the waiting
    /// question is answered too when the message answers it; otherwise it is asked again. Null when the message names
    /// no yes/no question but the waiting one.
    /// </summary>
    private async Task<DialogTurnResult?> TakeNamedYesNoAnswersAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var run = CurrentRun(innerDc);
        // A returning person is not asked the yes/no questions: their answers from before stand.
        if (run is null || run.Id == QuickSteps || innerDc.ActiveDialog is null || WaterfallDialog.ValuesOf(run).GetValue<bool?>("full") is false)
        {
            return null;
        }

        var waiting = WaitingQuestion(innerDc, TypedRunValues(innerDc));
        var answers = _yesNoAnswers.Read(innerDc.Context.Activity.Text, waiting);
        if (answers.Count == 0)
        {
            return null;
        }

        var values = WaterfallDialog.ValuesOf(run);
        foreach (var (question, answer) in answers.Where(answer => answer.Key != waiting))
        {
            if (!values.TryGetValue(question, out var given))
            {
                values[EarlyYesNo[question]] = answer;
            }
            else if (question != NamedYesNoAnswers.PainBelowKnee || given is not true)
            {
                // Safety first: pain once said to spread below the knee is not taken back in passing.
                values[question] = answer;
            }
        }

        KeepAnswersToComeInPassing(innerDc, run, innerDc.Context.Activity.Text!);

        if (answers.TryGetValue(waiting, out var own))
        {
            return await innerDc.EndDialogAsync(own, cancellationToken);
        }

        if (!EarlyYesNo.ContainsKey(waiting) && await innerDc.ActiveDialogUnderstandsAnswerAsync(cancellationToken))
        {
            return null;
        }

        await innerDc.Context.SendActivityAsync(_texts.LateAnswerNoted, cancellationToken: cancellationToken);
        await innerDc.RepromptDialogAsync(cancellationToken);
        return EndOfTurn;
    }

    /// <summary>The typed run under way or, before the typed questions begin, the first question's steps, where answers to them wait.</summary>
    private static DialogInstance? CurrentRun(DialogContext innerDc) =>
        innerDc.Stack.Find(instance => instance.Id is FullSteps or QuickSteps) ?? innerDc.Stack.Find(instance => instance.Id == EntrySteps);

    /// <summary>
    /// Whether the message gave answers to questions other than the waiting one, which are then kept. When the waiting
    /// question understands the message as its answer, answers to the questions still to come are kept all the same
    /// ("yes, and I've got dumbbells and 20 mins"), without a word, and the waiting question takes its answer.
    /// </summary>
    private async Task<bool> TakeLateAnswerAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var waiting = innerDc.ActiveDialog?.Id;
        var run = CurrentRun(innerDc);
        var text = innerDc.Context.Activity.Text;
        if (run is null || waiting is null || string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        if (!NamesKitNotExperience(waiting, text) && !GivesPainNotMinutes(waiting, text) && await innerDc.ActiveDialogUnderstandsAnswerAsync(cancellationToken))
        {
            KeepAnswersToComeInPassing(innerDc, run, text);
            return false;
        }

        var values = WaterfallDialog.ValuesOf(run);
        var recognition = _recognizer.Recognize(text);
        var corrects = _vocabulary.Corrects(text);
        var taken = false;
        if ((corrects || recognition.Intent == Intent.Pain || GivesPainNotMinutes(waiting, text))
            && _vocabulary.PainScore(text, recognition.Score) is { } pain && recognition.Score is not null)
        {
            values["pain"] = pain;
            taken = true;
        }

        // At the first question a length of time ("10 minut") can only be the time for today, given early.
        if ((corrects || run.Id == EntrySteps) && waiting != MinutesPrompt && AssessmentForm.PlausibleMinutes(recognition.Minutes) is { } minutes)
        {
            values["minutes"] = AssessmentForm.FittingMinutes(minutes)!;
            values[EarlyMinutes] = minutes;
            taken = true;
        }

        if (run.Id != QuickSteps && waiting != EquipmentPrompt && _vocabulary.FindEquipmentInPassing(text) is { } equipment)
        {
            values["equipment"] = (int)equipment;
            values[EarlyEquipment] = (int)equipment;
            taken = true;
        }

        if (run.Id != QuickSteps && waiting != ExperiencePrompt && _vocabulary.FindExperienceInPassing(text) is { } experience)
        {
            values["experience"] = experience.ToString();
            values[EarlyExperience] = experience.ToString();
            taken = true;
        }

        return taken;
    }

    /// <summary>
    /// Kit, time and experience given in passing with the answer to the waiting question, kept for their own questions
    /// when those are still to come. A length of time said at the experience question is how long they train, not
    /// today's time.
    /// </summary>
    private void KeepAnswersToComeInPassing(DialogContext innerDc, DialogInstance run, string text)
    {
        if (run.Id == QuickSteps)
        {
            return;
        }

        var values = WaterfallDialog.ValuesOf(run);
        var waiting = Array.IndexOf(TypedQuestions, WaitingQuestion(innerDc, values));
        bool ToCome(string question) => Array.IndexOf(TypedQuestions, question) > waiting && !values.ContainsKey(question);
        if (ToCome("experience") && _vocabulary.FindExperienceInPassing(text) is { } experience)
        {
            values[EarlyExperience] = experience.ToString();
        }

        if (ToCome("equipment") && _vocabulary.FindEquipmentInPassing(text) is { } equipment)
        {
            values[EarlyEquipment] = (int)equipment;
        }

        if (ToCome("minutes") && innerDc.ActiveDialog?.Id != ExperiencePrompt
            && AssessmentForm.PlausibleMinutes(_recognizer.Recognize(text).Minutes) is { } minutes)
        {
            values[EarlyMinutes] = minutes;
        }

        if (ToCome("focus") && _vocabulary.FindFocusInPassing(text) is { } focus)
        {
            values[EarlyFocus] = focus.ToString();
        }
    }

    /// <summary>
    /// "I have some dumbbells" at the experience question: its "some" belongs to the kit, so the message answers the
    /// equipment question, not this one. Only an experience said in so many words ("I train regularly") still answers.
    /// </summary>
    private bool NamesKitNotExperience(string waiting, string text) =>
        waiting == ExperiencePrompt && _vocabulary.FindEquipmentInPassing(text) is not null && _vocabulary.FindExperienceInPassing(text) is null;

    /// <summary>
    /// "Actually my pain is 5" at the time question: a number said of pain is a new pain score, never 5 minutes. A time
    /// with its unit ("pain's fine, 20 mins") still answers the question.
    /// </summary>
    private bool GivesPainNotMinutes(string waiting, string text) =>
        waiting == MinutesPrompt && _minutesQuestion.SpeaksOfPainNotTime(text);

    /// <summary>
    /// Options: ask everything even when a baseline is known ("update everything"); the message that answered the
    /// safety check, whose answers to these questions are kept ("none of those, I'm a beginner, 15 min"); the minutes
    /// said before that, as the check-in began ("just 5 min today").
    /// </summary>
    public sealed record Options(bool Full, string? GivenWithSafetyCheck = null, int? MinutesSaidBefore = null);

    private async Task<DialogTurnResult> AskFirstAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        var full = profile.Baseline is null || step.Options is Options { Full: true };
        step.Values["full"] = full;
        if (step.Options is Options { MinutesSaidBefore: { } minutesSaid })
        {
            step.Values[EarlyMinutes] = minutesSaid;
        }

        // A returning person is asked only the pain and the time: other answers given early would be noted for nothing.
        if (step.Options is Options { GivenWithSafetyCheck: { } given } && EarlyAnswers.Read(given, _vocabulary, _recognizer) is var early
            && (full ? early.Any : early.Pain is not null || early.Minutes is not null))
        {
            KeepEarlyAnswers(step, early);
            await step.Context.SendActivityAsync(_texts.LateAnswerNoted, cancellationToken: cancellationToken);
            if (early.Pain is { } pain)
            {
                // The pain score given already: straight on to the next question.
                return await step.NextAsync(pain.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken);
            }
        }

        var card = full ? _cards.Assessment(profile.Baseline)
            : _cards.QuickCheck(profile, AssessmentForm.FittingMinutes(step.Values.GetValue<int?>(EarlyMinutes)));
        card.Text = full ? _texts.AskPainOrForm : _texts.AskPainOnly;
        return await CardQuestion.AskAsync(step, FirstAnswerPrompt, card, question: null, _texts.PainRetry, cancellationToken);
    }

    /// <summary>Keeps answers given before the questions began for the steps that would ask them.</summary>
    private static void KeepEarlyAnswers(WaterfallStepContext step, EarlyAnswers early)
    {
        (string Key, object? Value)[] given =
        [
            (EarlyExperience, early.Experience?.ToString()), (EarlyEquipment, (int?)early.Equipment), (EarlyMinutes, early.MinutesSaid),
            (EarlyFocus, early.Focus?.ToString()),
            .. early.YesNo.Select(answer => (EarlyYesNo[answer.Key], (object?)answer.Value)),
        ];
        foreach (var (key, value) in given.Where(answer => answer.Value is not null))
        {
            step.Values[key] = value!;
        }
    }

    private async Task<DialogTurnResult> RouteFirstAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        var value = step.Context.Activity.Value as JObject;
        switch (CardAnswers.ActionOf(step.Context) ?? (AsksToUpdateEverything(step.Context.Activity.Text) ? CardActions.UpdateAssessment : null))
        {
            case CardActions.SubmitAssessment when AssessmentForm.ReadFull(value) is { } assessment:
                profile.Baseline = BaselineAnswers.From(assessment);
                return await step.EndDialogAsync(assessment, cancellationToken);
            case CardActions.SubmitAssessment:
                // Some answers on the card could not be read: the rest are kept and only those are asked in chat.
                await step.Context.SendActivityAsync(_texts.CardAnswersMissing, cancellationToken: cancellationToken);
                var given = AssessmentForm.ReadPartial(value!);
                return await step.BeginDialogAsync(FullSteps, new FirstAnswer(given.Pain!.Value, given.Experience?.ToString(), (int?)given.Equipment,
                    given.Minutes, given.PainBelowKnee, given.Floor, given.Kneeling), cancellationToken);
            case CardActions.SubmitQuickCheck when profile.Baseline is not null:
                return await step.EndDialogAsync(AssessmentForm.ReadQuick(value, profile.Baseline), cancellationToken);
            case CardActions.UpdateAssessment:
                return await step.ReplaceDialogAsync(EntrySteps, new Options(Full: true), cancellationToken);
        }

        var typedSteps = (bool)step.Values["full"] || profile.Baseline is null ? FullSteps : QuickSteps;
        var first = ReadFirstAnswer(step.Result as string);
        first = first with
        {
            Experience = first.Experience ?? step.Values.GetValue<string>(EarlyExperience),
            Equipment = first.Equipment ?? step.Values.GetValue<int?>(EarlyEquipment),
            Minutes = first.Minutes ?? step.Values.GetValue<int?>(EarlyMinutes) ?? SameMinutesAsLastTime(step.Result as string, profile),
            PainBelowKnee = step.Values.GetValue<bool?>(EarlyPainBelowKnee),
            Floor = step.Values.GetValue<bool?>(EarlyFloor),
            Kneeling = step.Values.GetValue<bool?>(EarlyKneeling),
            Focus = first.Focus ?? step.Values.GetValue<string>(EarlyFocus),
        };
        return await step.BeginDialogAsync(typedSteps, first, cancellationToken);
    }

    /// <summary>"Pain 3, same time as last time": the last plan's minutes, when the answer asks for them in so many words.</summary>
    private int? SameMinutesAsLastTime(string? text, UserProfile profile) =>
        _vocabulary.SaysSameMinutesAsBefore(text, waitingForMinutes: false) ? profile.LastMinutes : null;

    /// <summary>
    /// The pain score, plus any later answer the person gave with it in so many words ("beginner, 15 mins, no
    /// equipment, pain about 4"), so those questions are not asked again.
    /// </summary>
    private FirstAnswer ReadFirstAnswer(string? text)
    {
        var recognition = _recognizer.Recognize(text);
        return new FirstAnswer(
            _vocabulary.PainScore(text, recognition.Score)!.Value,
            _vocabulary.FindExperienceInPassing(text)?.ToString(),
            (int?)_vocabulary.FindEquipmentInPassing(text),
            AssessmentForm.PlausibleMinutes(recognition.Minutes),
            Focus: _vocabulary.FindFocusInPassing(text)?.ToString());
    }

    /// <summary>Starts a typed run: keeps the pain score and the answers given early for the steps that would ask them.</summary>
    private static void RememberFirstAnswer(WaterfallStepContext step)
    {
        var first = StoredValues.Convert<FirstAnswer>(step.Options)!;
        step.Values["pain"] = first.Pain;
        (string Key, object? Value)[] early =
        [
            (EarlyExperience, first.Experience), (EarlyEquipment, first.Equipment), (EarlyMinutes, first.Minutes),
            (EarlyPainBelowKnee, first.PainBelowKnee), (EarlyFloor, first.Floor), (EarlyKneeling, first.Kneeling), (EarlyFocus, first.Focus),
        ];
        foreach (var (key, value) in early.Where(answer => answer.Value is not null))
        {
            step.Values[key] = value!;
        }
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(step.Result, cancellationToken);

    // A question ("what's a resistance band?") names a thing, not that the person has it, so it is asked again.
    private bool NamesEquipment(string? text) => !AnswerVocabulary.IsQuestion(text) && _vocabulary.FindEquipment(text) is not null;

    private Task<bool> ValidateFirstAnswerAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var value = prompt.Context.Activity.Value as JObject;
        var valid = CardAnswers.ActionOf(prompt.Context) switch
        {
            CardActions.SubmitAssessment => value is not null && AssessmentForm.ReadPartial(value).Pain is not null,
            CardActions.SubmitQuickCheck => value is not null && AssessmentForm.ReadQuick(value, PlaceholderBaseline) is not null,
            CardActions.UpdateAssessment => true,
            _ => AsksToUpdateEverything(prompt.Context.Activity.Text) || IsPainScore(prompt.Context.Activity.Text),
        };
        if (valid)
        {
            prompt.Recognized.Value = prompt.Context.Activity.Text ?? string.Empty;
            prompt.Recognized.Succeeded = true;
        }

        return Task.FromResult(valid);
    }

    /// <summary>"Same as last time", "a bit better": an answer to the pain question that needs last time's score.</summary>
    private bool ComparesPainWithBefore(string? text) => _vocabulary.SaysPainSameAsBefore(text) || _vocabulary.ComparesPain(text);

    /// <summary>
    /// "Update everything" typed, in the button's words ("updte everything"), not denied: all the questions again. Only
    /// the quick check shows the button; at the full card it asks for what is already on screen, so no harm is done.
    /// </summary>
    private bool AsksToUpdateEverything(string? text) =>
        ChoiceRecognizers.FindMentions(text, [_updateEverythingWords]).Named.Count > 0;

    private bool IsPainScore(string? text) => _vocabulary.PainScore(text, _recognizer.Recognize(text).Score) is not null;

    // The quick card carries only pain and minutes; any baseline checks those two fields just the same.
    private static readonly BaselineAnswers PlaceholderBaseline = new(Experience.New, false, false, Equipment.None, null, false);

    private async Task<DialogTurnResult> AskPainBelowKneeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        RememberFirstAnswer(step);
        return step.Values.GetValue<bool?>(EarlyPainBelowKnee) is { } known
            ? await step.NextAsync(known, cancellationToken)
            : await AskYesNoAsync(step, PainSpreadPrompt, _texts.AskPainBelowKnee, cancellationToken);
    }

    private async Task<DialogTurnResult> AskExperienceAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["painBelowKnee"] = step.Result is true;
        if (step.Values.GetValue<string>(EarlyExperience) is { } early)
        {
            return await step.NextAsync(early, cancellationToken);
        }

        return await step.PromptAsync(ExperiencePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.AskExperience),
            RetryPrompt = MessageFactory.Text(_texts.ExperienceRetry),
            Choices = CardChoicesOf<Experience>(AssessmentForm.ExperienceField, _vocabulary.ExperienceLabels, _vocabulary.Experience),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskFloorAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["experience"] = step.Result as string ?? ChosenKey(step.Result, _vocabulary.ExperienceLabels) ?? nameof(Experience.New);
        return step.Values.GetValue<bool?>(EarlyFloor) is { } known
            ? await step.NextAsync(known, cancellationToken)
            : await AskYesNoAsync(step, ComfortPrompt, _texts.AskFloor, cancellationToken);
    }

    private async Task<DialogTurnResult> AskKneelingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["floor"] = step.Result is true;
        return step.Values.GetValue<bool?>(EarlyKneeling) is { } known
            ? await step.NextAsync(known, cancellationToken)
            : await AskYesNoAsync(step, ComfortPrompt, _texts.AskKneeling, cancellationToken);
    }

    private async Task<DialogTurnResult> AskEquipmentAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["kneeling"] = step.Result is true;
        if (step.Values.GetValue<int?>(EarlyEquipment) is { } early)
        {
            return await step.NextAsync(early, cancellationToken);
        }

        return await step.PromptAsync(EquipmentPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.AskEquipment),
            RetryPrompt = MessageFactory.Text(_texts.EquipmentRetry),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskMinutesAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Index == 0)
        {
            RememberFirstAnswer(step);
        }
        else
        {
            step.Values["equipment"] = step.Result is int early ? early : (int)(_vocabulary.FindEquipment(step.Result as string) ?? Equipment.None);
        }

        if (step.Values.GetValue<int?>(EarlyMinutes) is { } said && AssessmentForm.FittingMinutes(said) is { } minutes)
        {
            await step.Context.SendActivityAsync(_minutesQuestion.TakenNote(minutes, said), cancellationToken: cancellationToken);
            return await step.NextAsync(minutes, cancellationToken);
        }

        return await step.PromptAsync(MinutesPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.AskMinutes),
            RetryPrompt = MessageFactory.Text(_texts.MinutesRetry),
            Choices = MinutesQuestion.Choices,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskFocusAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["minutes"] = MinutesOf(step.Result);
        if (step.Values.GetValue<string>(EarlyFocus) is { } early)
        {
            return await step.NextAsync(early, cancellationToken);
        }

        return await step.PromptAsync(FocusPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.AskFocus),
            Choices = CardChoicesOf<FocusChoice>(AssessmentForm.FocusField, _vocabulary.FocusLabels, _vocabulary.Focus),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> BuildFullAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var focusKey = step.Result as string ?? ChosenKey(step.Result, _vocabulary.FocusLabels);
        Focus? focus = Enum.TryParse<Focus>(focusKey, out var chosen) && Enum.IsDefined(chosen) ? chosen : null;
        var assessment = new Assessment(
            Int(step.Values["pain"]),
            Enum.Parse<Experience>((string)step.Values["experience"]),
            (bool)step.Values["floor"],
            (bool)step.Values["kneeling"],
            (Equipment)Int(step.Values["equipment"]),
            Int(step.Values["minutes"]),
            focus,
            (bool)step.Values["painBelowKnee"]);
        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        profile.Baseline = BaselineAnswers.From(assessment);
        return await step.EndDialogAsync(assessment, cancellationToken);
    }

    private async Task<DialogTurnResult> BuildQuickAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        var assessment = profile.Baseline?.WithToday(Int(step.Values["pain"]), MinutesOf(step.Result));
        return await step.EndDialogAsync(assessment, cancellationToken);
    }

    private async Task<DialogTurnResult> AskYesNoAsync(WaterfallStepContext step, string promptId, string question, CancellationToken cancellationToken) =>
        await step.PromptAsync(promptId, new PromptOptions
        {
            Prompt = MessageFactory.Text(question),
            RetryPrompt = MessageFactory.Text(_texts.YesNoRetryFor(question)),
        }, cancellationToken);

    /// <summary>
    /// A yes/no prompt that also takes the question's own words for yes and no: for "can you get down to the floor?"
    /// "easily" is yes and "it hurts" no; for "does your pain spread below the knee?" "down my leg" is yes and "just
    /// my lower back" no. A denied yes word is a no ("not easily").
    /// </summary>
    private static ConfirmPrompt YesNoQuestion(string dialogId, List<string> yesWords, List<string> noWords)
    {
        var prompt = new ConfirmPrompt(dialogId, NoBareNumberBesideButtonsAsync) { MaxAttempts = PromptPatience.Unlimited };
        prompt.ConfirmChoices.Item1.Synonyms = yesWords;
        prompt.ConfirmChoices.Item2.Synonyms = noWords;
        return prompt;
    }

    /// <summary>
    /// With yes and no shown as buttons, a bare number ("2") answers neither: nothing on screen carries it, and after
    /// the pain score it may well be another. Where the options come as a numbered list instead, "1" and "2" pick them.
    /// </summary>
    private static Task<bool> NoBareNumberBesideButtonsAsync(PromptValidatorContext<bool> prompt, CancellationToken cancellationToken) =>
        Task.FromResult(prompt.Recognized.Succeeded
            && !(int.TryParse(prompt.Context.Activity.Text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _)
                && Channel.SupportsSuggestedActions(prompt.Context.Activity, buttonCount: 2)));

    private static int MinutesOf(object? result) => MinutesQuestion.MinutesOf(result) ?? AssessmentForm.MinuteOptions[1];

    private static int Int(object value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Choices in the enum's order, each titled by its label and recognised by its synonyms.</summary>
    private static List<Choice> ChoicesOf<TEnum>(Dictionary<string, string> labels, Dictionary<string, List<string>> synonyms)
        where TEnum : struct, Enum =>
        [.. Enum.GetNames<TEnum>().Select(name => new Choice(labels[name]) { Synonyms = synonyms.GetValueOrDefault(name, []) })];

    /// <summary>
    /// As <see cref="ChoicesOf{TEnum}"/>, each choice also taking the title the assessment card shows for the same
    /// option, since people type the wording in front of them: "I'm active now and then", or "active now and then".
    /// </summary>
    private List<Choice> CardChoicesOf<TEnum>(string cardInputId, Dictionary<string, string> labels, Dictionary<string, List<string>> synonyms)
        where TEnum : struct, Enum
    {
        var cardTitles = _cards.AssessmentChoiceTitles(cardInputId);
        var choices = ChoicesOf<TEnum>(labels, synonyms);
        foreach (var (name, choice) in Enum.GetNames<TEnum>().Zip(choices))
        {
            if (cardTitles.TryGetValue(name, out var title))
            {
                choice.Synonyms = [.. choice.Synonyms ?? [], .. _vocabulary.TypedFormsOfCardTitle(title)];
            }
        }

        return choices;
    }

    private static string? ChosenKey(object? result, Dictionary<string, string> labels) =>
        result is FoundChoice found ? labels.FirstOrDefault(label => label.Value == found.Value).Key : null;

    /// <summary>
    /// The typed first answer: the pain score and the later answers given with it, if any; after "go back", every
    /// answer kept but the one asked again.
    /// </summary>
    private sealed record FirstAnswer(int Pain, string? Experience, int? Equipment, int? Minutes,
        bool? PainBelowKnee = null, bool? Floor = null, bool? Kneeling = null, string? Focus = null);

    /// <summary>The focus question's options: the domain's focuses plus "no preference".</summary>
    private enum FocusChoice
    {
        LowerBack,
        UpperBackAndPosture,
        Core,
        None,
    }
}
