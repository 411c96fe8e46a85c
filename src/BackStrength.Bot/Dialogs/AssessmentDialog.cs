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

    private readonly CoachingStateAccessors _state;
    private readonly CardViews _cards;
    private readonly IntentRecognizer _recognizer;
    private readonly ConversationTexts _texts;
    private readonly AnswerVocabulary _vocabulary;

    public AssessmentDialog(CoachingStateAccessors state, CardViews cards, IntentRecognizer recognizer,
        MinutesQuestion minutesQuestion, IOptions<ConversationTexts> texts, IOptions<AnswerVocabulary> vocabulary)
        : base(nameof(AssessmentDialog))
    {
        _state = state;
        _cards = cards;
        _recognizer = recognizer;
        _texts = texts.Value;
        _vocabulary = vocabulary.Value;

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
            Understands = turn => IsPainScore(turn.Activity.Text),
        });
        AddDialog(YesNoQuestion(PainSpreadPrompt, _vocabulary.PainSpreadsAnswers, _vocabulary.PainStaysAnswers));
        AddDialog(YesNoQuestion(ComfortPrompt, _vocabulary.ComfortableAnswers, _vocabulary.UncomfortableAnswers));
        AddDialog(new ChoicePrompt(ExperiencePrompt) { MaxAttempts = PromptPatience.Unlimited });
        AddDialog(new TextPrompt(EquipmentPrompt, (prompt, _) =>
            Task.FromResult(_vocabulary.FindEquipment(prompt.Context.Activity.Text) is not null))
        {
            MaxAttempts = PromptPatience.Unlimited,
            Understands = turn => _vocabulary.FindEquipment(turn.Activity.Text) is not null,
        });
        AddDialog(minutesQuestion.CreatePrompt(MinutesPrompt));
        AddDialog(new ChoicePrompt(FocusPrompt) { MaxAttempts = PromptPatience.Unlimited });
        InitialDialogId = EntrySteps;
    }

    /// <summary>
    /// An answer to another question, given or corrected out of turn ("actually make that a 6", "oh, I've got a band
    /// too"), is noted and the waiting question asked again, rather than the message being read as a poor answer.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        if (await TakeLateAnswerAsync(innerDc, cancellationToken))
        {
            await innerDc.Context.SendActivityAsync(_texts.LateAnswerNoted, cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    /// <summary>Whether the message gave answers to questions other than the waiting one, which are then kept.</summary>
    private async Task<bool> TakeLateAnswerAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var waiting = innerDc.ActiveDialog?.Id;
        var run = innerDc.Stack.Find(instance => instance.Id is FullSteps or QuickSteps);
        var text = innerDc.Context.Activity.Text;
        if (run is null || waiting is null || string.IsNullOrWhiteSpace(text) || await innerDc.ActiveDialogUnderstandsAnswerAsync(cancellationToken))
        {
            return false;
        }

        var values = WaterfallDialog.ValuesOf(run);
        var recognition = _recognizer.Recognize(text);
        var corrects = _vocabulary.Corrects(text);
        var taken = false;
        if ((corrects || recognition.Intent == Intent.Pain) && _vocabulary.PainScore(text, recognition.Score) is { } pain && recognition.Score is not null)
        {
            values["pain"] = pain;
            taken = true;
        }

        if (corrects && waiting != MinutesPrompt && AssessmentForm.FittingMinutes(recognition.Minutes) is { } minutes)
        {
            values["minutes"] = minutes;
            values[EarlyMinutes] = minutes;
            taken = true;
        }

        if (run.Id == FullSteps && waiting != EquipmentPrompt && _vocabulary.FindEquipmentInPassing(text) is { } equipment)
        {
            values["equipment"] = (int)equipment;
            values[EarlyEquipment] = (int)equipment;
            taken = true;
        }

        if (run.Id == FullSteps && waiting != ExperiencePrompt && _vocabulary.FindExperienceInPassing(text) is { } experience)
        {
            values["experience"] = experience.ToString();
            values[EarlyExperience] = experience.ToString();
            taken = true;
        }

        return taken;
    }

    /// <summary>Options: ask everything even when a baseline is known ("update everything").</summary>
    public sealed record Options(bool Full);

    private async Task<DialogTurnResult> AskFirstAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        var full = profile.Baseline is null || step.Options is Options { Full: true };
        step.Values["full"] = full;
        var card = full ? _cards.Assessment(profile.Baseline) : _cards.QuickCheck(profile);
        card.Text = full ? _texts.AskPainOrForm : _texts.AskPainOnly;
        return await CardQuestion.AskAsync(step, FirstAnswerPrompt, card, question: null, _texts.PainRetry, cancellationToken);
    }

    private async Task<DialogTurnResult> RouteFirstAnswerAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var profile = await _state.ProfileAsync(step.Context, cancellationToken);
        var value = step.Context.Activity.Value as JObject;
        switch (CardAnswers.ActionOf(step.Context))
        {
            case CardActions.SubmitAssessment:
                var assessment = AssessmentForm.ReadFull(value)!;
                profile.Baseline = BaselineAnswers.From(assessment);
                return await step.EndDialogAsync(assessment, cancellationToken);
            case CardActions.SubmitQuickCheck when profile.Baseline is not null:
                return await step.EndDialogAsync(AssessmentForm.ReadQuick(value, profile.Baseline), cancellationToken);
            case CardActions.UpdateAssessment:
                return await step.ReplaceDialogAsync(EntrySteps, new Options(Full: true), cancellationToken);
        }

        var typedSteps = (bool)step.Values["full"] || profile.Baseline is null ? FullSteps : QuickSteps;
        return await step.BeginDialogAsync(typedSteps, ReadFirstAnswer(step.Context.Activity.Text), cancellationToken);
    }

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
            AssessmentForm.FittingMinutes(recognition.Minutes));
    }

    /// <summary>Starts a typed run: keeps the pain score and the answers given early for the steps that would ask them.</summary>
    private static void RememberFirstAnswer(WaterfallStepContext step)
    {
        var first = StoredValues.Convert<FirstAnswer>(step.Options)!;
        step.Values["pain"] = first.Pain;
        if (first.Experience is { } experience)
        {
            step.Values[EarlyExperience] = experience;
        }

        if (first.Equipment is { } equipment)
        {
            step.Values[EarlyEquipment] = equipment;
        }

        if (first.Minutes is { } minutes)
        {
            step.Values[EarlyMinutes] = minutes;
        }
    }

    private async Task<DialogTurnResult> FinishAsync(WaterfallStepContext step, CancellationToken cancellationToken) =>
        await step.EndDialogAsync(step.Result, cancellationToken);

    private Task<bool> ValidateFirstAnswerAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var value = prompt.Context.Activity.Value as JObject;
        var valid = CardAnswers.ActionOf(prompt.Context) switch
        {
            CardActions.SubmitAssessment => AssessmentForm.ReadFull(value) is not null,
            CardActions.SubmitQuickCheck => value is not null && AssessmentForm.ReadQuick(value, PlaceholderBaseline) is not null,
            CardActions.UpdateAssessment => true,
            _ => IsPainScore(prompt.Context.Activity.Text),
        };
        if (valid)
        {
            prompt.Recognized.Value = prompt.Context.Activity.Text ?? string.Empty;
            prompt.Recognized.Succeeded = true;
        }

        return Task.FromResult(valid);
    }

    private bool IsPainScore(string? text) => _vocabulary.PainScore(text, _recognizer.Recognize(text).Score) is not null;

    // The quick card carries only pain and minutes; any baseline checks those two fields just the same.
    private static readonly BaselineAnswers PlaceholderBaseline = new(Experience.New, false, false, Equipment.None, null, false);

    private async Task<DialogTurnResult> AskPainBelowKneeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        RememberFirstAnswer(step);
        return await AskYesNoAsync(step, PainSpreadPrompt, _texts.AskPainBelowKnee, cancellationToken);
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
            Choices = ChoicesOf<Experience>(_vocabulary.ExperienceLabels, _vocabulary.Experience),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> AskFloorAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["experience"] = step.Result as string ?? ChosenKey(step.Result, _vocabulary.ExperienceLabels) ?? nameof(Experience.New);
        return await AskYesNoAsync(step, ComfortPrompt, _texts.AskFloor, cancellationToken);
    }

    private async Task<DialogTurnResult> AskKneelingAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        step.Values["floor"] = step.Result is true;
        return await AskYesNoAsync(step, ComfortPrompt, _texts.AskKneeling, cancellationToken);
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

        if (step.Values.GetValue<int?>(EarlyMinutes) is { } minutes)
        {
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
        return await step.PromptAsync(FocusPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.AskFocus),
            Choices = ChoicesOf<FocusChoice>(_vocabulary.FocusLabels, _vocabulary.Focus),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> BuildFullAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var focusKey = ChosenKey(step.Result, _vocabulary.FocusLabels);
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
            RetryPrompt = MessageFactory.Text(_texts.YesNoRetry),
        }, cancellationToken);

    /// <summary>
    /// A yes/no prompt that also takes the question's own words for yes and no: for "can you get down to the floor?"
    /// "easily" is yes and "it hurts" no; for "does your pain spread below the knee?" "down my leg" is yes and "just
    /// my lower back" no. A denied yes word is a no ("not easily").
    /// </summary>
    private static ConfirmPrompt YesNoQuestion(string dialogId, List<string> yesWords, List<string> noWords)
    {
        var prompt = new ConfirmPrompt(dialogId) { MaxAttempts = PromptPatience.Unlimited };
        prompt.ConfirmChoices.Item1.Synonyms = yesWords;
        prompt.ConfirmChoices.Item2.Synonyms = noWords;
        return prompt;
    }

    private static int MinutesOf(object? result) => MinutesQuestion.MinutesOf(result) ?? AssessmentForm.MinuteOptions[1];

    private static int Int(object value) => Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Choices in the enum's order, each titled by its label and recognised by its synonyms.</summary>
    private static List<Choice> ChoicesOf<TEnum>(Dictionary<string, string> labels, Dictionary<string, List<string>> synonyms)
        where TEnum : struct, Enum =>
        [.. Enum.GetNames<TEnum>().Select(name => new Choice(labels[name]) { Synonyms = synonyms.GetValueOrDefault(name, []) })];

    private static string? ChosenKey(object? result, Dictionary<string, string> labels) =>
        result is FoundChoice found ? labels.FirstOrDefault(label => label.Value == found.Value).Key : null;

    /// <summary>The typed first answer: the pain score and the later answers given with it, if any.</summary>
    private sealed record FirstAnswer(int Pain, string? Experience, int? Equipment, int? Minutes);

    /// <summary>The focus question's options: the domain's focuses plus "no preference".</summary>
    private enum FocusChoice
    {
        LowerBack,
        UpperBackAndPosture,
        Core,
        None,
    }
}
