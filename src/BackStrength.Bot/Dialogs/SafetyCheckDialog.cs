using BackStrength.Bot.Cards;
using BackStrength.Bot.Conversation;
using BackStrength.Cards;
using BackStrength.Coaching.Safety;
using BackStrength.Dialogs;
using BackStrength.Dialogs.Choices;
using BackStrength.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Dialogs;

/// <summary>
/// Asks about the warning signs that need a clinician rather than exercise, before any plan. Ends with the ids
/// of the red flags the person reported (empty when none apply). Works from the card's tick boxes, from a
/// plain yes/no, or from symptoms described in the person's own words.
/// </summary>
public sealed class SafetyCheckDialog : ComponentDialog
{
    private const string AnyFlagsPrompt = "anyRedFlagsPrompt";
    private const string WhichFlagPrompt = "whichRedFlagPrompt";
    private const string RedFlagsField = "redFlags";

    // The safety check's key among the reasons each check-in question is asked.
    private const string SafetyCheckQuestion = "safetyCheck";

    // The "which one?" answer that names none of them.
    private const int NoneOfThem = -1;

    private readonly CardViews _cards;
    private readonly SafetyScreen _screen;
    private readonly SafetyContent _safety;
    private readonly ConversationTexts _texts;
    private readonly AnswerVocabulary _vocabulary;
    private readonly IntentRecognizer _recognizer;
    private readonly Regex _wordsThatAreNotTypos;

    public SafetyCheckDialog(CardViews cards, SafetyScreen screen, SafetyContent safety, IOptions<ConversationTexts> texts,
        IOptions<AnswerVocabulary> vocabulary, IntentRecognizer recognizer)
        : base(nameof(SafetyCheckDialog))
    {
        _recognizer = recognizer;
        _cards = cards;
        _screen = screen;
        _safety = safety;
        _texts = texts.Value;
        _vocabulary = vocabulary.Value;
        _wordsThatAreNotTypos = new Regex($@"\b(?:{string.Join('|', safety.WordsThatAreNotTypos.Select(Regex.Escape))})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        AddDialog(new WaterfallDialog("safetySteps", [AskAsync, InterpretAsync, WhichAsync]));
        AddDialog(new ConfirmPrompt(AnyFlagsPrompt, ValidateAnswerAsync) { MaxAttempts = PromptPatience.Unlimited });
        AddDialog(new ChoicePrompt(WhichFlagPrompt, ValidateWhichAsync) { MaxAttempts = PromptPatience.Unlimited });
        InitialDialogId = "safetySteps";
    }

    /// <summary>
    /// "Skip" or "rather not say" has no safe answer here: the bot says why it needs one and asks again; "why do you
    /// need to know this?" gets why the question is asked, and the question again.
    /// </summary>
    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken = default)
    {
        var intent = _recognizer.Recognize(innerDc.Context.Activity.Text).Intent;
        if (intent is Intent.Skip or Intent.WhyAsked)
        {
            var reason = intent == Intent.Skip ? _texts.SkippedQuestion.SafetyCheckNeeded : _texts.WhyAsked[SafetyCheckQuestion];
            await innerDc.Context.SendActivityAsync(reason, cancellationToken: cancellationToken);
            await innerDc.RepromptDialogAsync(cancellationToken);
            return EndOfTurn;
        }

        return await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult> AskAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        return await CardQuestion.AskAsync(step, AnyFlagsPrompt, _cards.SafetyCheck(), _texts.AskSafetyCheck, _texts.SafetyCheckRetry, cancellationToken);
    }

    private async Task<DialogTurnResult> InterpretAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is null)
        {
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (CardAnswers.ActionOf(step.Context) == CardActions.SubmitSafetyCheck)
        {
            return await step.EndDialogAsync(TickedFlags(step.Context.Activity.Value as JObject), cancellationToken);
        }

        var described = _screen.ScanText(step.Context.Activity.Text ?? string.Empty).Select(flag => flag.Id).Union(NamedFlags(step.Context.Activity.Text)).ToList();
        if (described.Count > 0)
        {
            return await step.EndDialogAsync(described, cancellationToken);
        }

        if (step.Result is false)
        {
            return await step.EndDialogAsync(new List<string>(), cancellationToken);
        }

        // "Yes" without saying which: ask, so the advice can be specific.
        return await step.PromptAsync(WhichFlagPrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.AskWhichRedFlag),
            RetryPrompt = MessageFactory.Text(_texts.WhichRedFlagRetry),
            Choices = FlagChoices(),
            Style = ListStyle.List,
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> WhichAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice { Index: NoneOfThem })
        {
            // "None of them" after a yes: the yes was a slip or meant something else. Rather than guess, the check
            // is asked again from the start, where "none" is a plain answer.
            return await step.ReplaceDialogAsync(InitialDialogId!, null, cancellationToken);
        }

        // Even if the person could not pick one, they said something applies: treat it as a red flag.
        var chosen = step.Result is FoundChoice found ? _safety.RedFlags[found.Index] : _safety.RedFlags[0];
        return await step.EndDialogAsync(new List<string> { chosen.Id }, cancellationToken);
    }

    private Task<bool> ValidateWhichAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        // "No is hurting", "oops wrong button, none" or "sorry meant no" at "which of these is it?" names none of them:
        // the check is asked again from the start, where a plain "none" is the answer, rather than the list being
        // repeated to someone who does not pick from it.
        if (!prompt.Recognized.Succeeded && AnswerVocabulary.Clauses(prompt.Context.Activity.Text).Any(clause =>
            _vocabulary.IsNone(clause) || _vocabulary.StartsWithNo(clause) || _vocabulary.EndsWithNo(clause)))
        {
            prompt.Recognized.Value = new FoundChoice { Value = string.Empty, Index = NoneOfThem };
            prompt.Recognized.Succeeded = true;
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }

    /// <summary>
    /// "Same as last time" or "none but it's worse than last week" is no answer for today, so the check is asked again as
    /// ever, but saying why: the signs can start between sessions, and worsening severe pain is one of them.
    /// </summary>
    private async Task<bool> ValidateAnswerAsync(PromptValidatorContext<bool> prompt, CancellationToken cancellationToken)
    {
        var accepted = ReadAnswer(prompt);
        if (!accepted && CardAnswers.ActionOf(prompt.Context) is null && _vocabulary.SpeaksOfAnEarlierTime(prompt.Context.Activity.Text))
        {
            await prompt.Context.SendActivityAsync(_texts.SafetyCheckToday, cancellationToken: cancellationToken);
        }

        return accepted;
    }

    private bool ReadAnswer(PromptValidatorContext<bool> prompt)
    {
        if (CardAnswers.ActionOf(prompt.Context) == CardActions.SubmitSafetyCheck)
        {
            // Only a ticked "None of these" says none apply. A card sent with nothing ticked (the choice is required,
            // but not every client enforces it) says nothing, so it is asked again rather than taken as a no.
            var value = prompt.Context.Activity.Value as JObject;
            var anyFlag = TickedFlags(value).Count > 0;
            prompt.Recognized.Value = anyFlag;
            prompt.Recognized.Succeeded = anyFlag || Ticked(value).Contains(CardActions.NoneOfThese);
        }
        else if (_screen.ScanText(prompt.Context.Activity.Text ?? string.Empty).Count > 0)
        {
            prompt.Recognized.Value = true;
            prompt.Recognized.Succeeded = true;
        }
        else if (NamedFlags(prompt.Context.Activity.Text).Count > 0)
        {
            // "Night pain" or "the fall one" picks a warning sign. Naming one while saying no or all is well ("none,
            // my bladder is fine") is neither a yes nor a plain no, so the question is asked again.
            var text = prompt.Context.Activity.Text;
            var saysAllIsWell = prompt.Recognized is { Succeeded: true, Value: false } || _vocabulary.IsNone(text)
                || AnswerVocabulary.MentionsAny(text, _safety.ReassuranceWords);
            prompt.Recognized.Value = true;
            prompt.Recognized.Succeeded = !saysAllIsWell;
        }
        else if (_vocabulary.IsNone(prompt.Context.Activity.Text) || SaysNoneWithAnswersToCome(prompt.Context.Activity.Text)
            || _vocabulary.DescribesEverydayBackOnly(prompt.Context.Activity.Text))
        {
            // Warning signs, described or named, were looked for first: "my back is just stiff from sitting" reaches here
            // only when its every word is an everyday one, so it says none apply.
            prompt.Recognized.Value = false;
            prompt.Recognized.Succeeded = true;
        }
        else if (AnswerVocabulary.IsQuestion(prompt.Context.Activity.Text))
        {
            // A question ("is it ok to do this every day?") answers neither way, whatever yes or no words it holds.
            prompt.Recognized.Succeeded = false;
        }
        else if (prompt.Recognized is { Succeeded: true, Value: false })
        {
            // At a red-flag screen "none apply" must be said plainly: a sentence that only reads as a no ("I'm not
            // ok", "I can't walk properly") may describe a symptom, so the question is asked again.
            prompt.Recognized.Succeeded = false;
        }

        return prompt.Recognized.Succeeded;
    }

    /// <summary>
    /// "No, none of those. I'm a beginner, 15 min, no equipment", "yes all good, none of those" or "nah just a sore back":
    /// a plain "none" with, beside it, only answers to the questions that come next (kept for them by
    /// <see cref="AssessmentDialog"/>), words that all is well, or an everyday sore or stiff back. Anything else beside the "none" could describe a symptom, so such a message is asked
    /// again, as is one naming any warning sign (checked first), one that denies being well ("not great"), and one
    /// that speaks of pain other than as a score ("pain 3" is an answer; "pain shoots down my leg" may not be).
    /// </summary>
    private bool SaysNoneWithAnswersToCome(string? text)
    {
        // A clause opening with a no is read in two ("nah" and "just a sore back") only when it is not already a
        // "none" or an answer whole ("no equipment").
        var parts = AnswerVocabulary.Clauses(text)
            .SelectMany(clause => _vocabulary.IsNone(clause) || IsAnswerOrAllIsWell(clause) ? [clause] : _vocabulary.WithLeadingNoApart(clause))
            .ToList();
        return parts.Count > 1 && parts.Any(_vocabulary.IsNone) && parts.Where(part => !_vocabulary.IsNone(part)).All(IsAnswerOrAllIsWell);
    }

    private bool IsAnswerOrAllIsWell(string clause) =>
        SaysAllIsWell(clause) || _vocabulary.SpeaksOfEverydayBackOnly(clause)
        || (EarlyAnswers.Read(clause, _vocabulary, _recognizer) is { Any: true } answers && (!answers.SpeaksOfPain || answers.Pain is not null));

    /// <summary>
    /// "Yes all good", "I'm fine": a word that all is well, not denied ("not great"), and nothing else but yes and the
    /// words that go with it.
    /// </summary>
    private bool SaysAllIsWell(string clause) =>
        ChoiceRecognizers.FindMentions(clause, [_safety.ReassuranceWords]) is { Named: [_], Denied: [] }
        && AnswerVocabulary.HasOnlyWordsFrom(clause, _safety.ReassuranceWords, _vocabulary.AgreeWords, _vocabulary.AllIsWellFillers);

    /// <summary>
    /// The red flags an answer names in short ("night pain", "the fall one"), but not those it denies ("no fever") or
    /// says are not current ("a steroid inhaler", "surgery years ago").
    /// </summary>
    private List<string> NamedFlags(string? text)
    {
        var ruledOut = _screen.RuledOutIn(text ?? string.Empty).Select(flag => flag.Id).ToHashSet(StringComparer.Ordinal);
        return [.. ChoiceRecognizers.FindMentions(WithoutWordsThatAreNotTypos(text), FlagChoices()).Named.Distinct()
            .Select(index => _safety.RedFlags[index].Id).Where(id => !ruledOut.Contains(id))];
    }

    // "Fell off a ladder" must not name the bladder one: the short names forgive typos, but not in real words.
    private string WithoutWordsThatAreNotTypos(string? text) => _wordsThatAreNotTypos.Replace(text ?? string.Empty, string.Empty);

    // Each short name also without its "the" ("night one" for "the night one").
    private List<Choice> FlagChoices() =>
        [.. _safety.RedFlags.Select(flag => new Choice(flag.Name)
        {
            Synonyms = [.. _vocabulary.RedFlagAnswers.GetValueOrDefault(flag.Id, []).SelectMany(name => name.StartsWith("the ", StringComparison.Ordinal) ? [name, name[4..]] : new[] { name })],
        })];

    private List<string> TickedFlags(JObject? value)
    {
        var known = _safety.RedFlags.Select(flag => flag.Id).ToHashSet(StringComparer.Ordinal);
        return [.. Ticked(value).Where(known.Contains)];
    }

    private static string[] Ticked(JObject? value) =>
        (value?[RedFlagsField]?.ToString() ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
