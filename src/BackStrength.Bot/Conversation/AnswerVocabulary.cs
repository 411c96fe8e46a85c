using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using BackStrength.Coaching;
using BackStrength.Dialogs;
using BackStrength.Dialogs.Choices;
using BackStrength.Understanding;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// The words people use to answer the typed assessment questions, bound from the "Vocabulary" section of
/// Content/conversation.json, so new phrasings are added there rather than in code.
/// </summary>
public sealed partial class AnswerVocabulary
{
    private const int MaxRememberedPhrases = 8192;
    private static readonly ConcurrentDictionary<string, string> NormalisedPhrases = new(StringComparer.Ordinal);

    public const string Section = "Vocabulary";

    public List<string> NoneAnswers { get; set; } = [];

    /// <summary>Words that may close a "none" answer, naming what is denied ("no red flags", "none of those problems").</summary>
    public List<string> NoneClosingWords { get; set; } = [];

    /// <summary>Ways of saying there is no pain at all ("no pain", "none", "pain free"), a score of 0.</summary>
    public List<string> NoPainAnswers { get; set; } = [];

    public List<string> YesAnswers { get; set; } = [];

    /// <summary>Words that go with a yes without changing it ("yes please", "ok then").</summary>
    public List<string> PoliteWords { get; set; } = [];

    /// <summary>
    /// Words a card's option title may open with that a person typing it leaves out: "I'm active now and then" is
    /// typed "active now and then", "A resistance band" "resistance band".
    /// </summary>
    public List<string> CardTitleOpeners { get; set; } = [];

    /// <summary>A card option title as typed: whole, and without each opener it starts with, in turn.</summary>
    public IEnumerable<string> TypedFormsOfCardTitle(string title)
    {
        var words = Normalise(title).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var openers = CardTitleOpeners.Select(NormalisedPhrase).ToHashSet(StringComparer.Ordinal);
        for (var start = 0; start < words.Length; start++)
        {
            yield return string.Join(' ', words[start..]);
            if (!openers.Contains(words[start]))
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Ways of asking, at the returning person's quick check, for every question again as its "Update everything" button
    /// does ("change my answers"); the button's own words come from the card.
    /// </summary>
    public List<string> UpdateEverythingAnswers { get; set; } = [];

    /// <summary>Whole answers that ask for the check-in question before the waiting one ("go back", "undo").</summary>
    public List<string> GoBackAnswers { get; set; } = [];

    /// <summary>Whole answers to "how is your back now?" that mean no change from before the session ("about the same").</summary>
    public List<string> UnchangedPainAnswers { get; set; } = [];

    /// <summary>Words that tie an answer to an earlier time ("same as last time", "no change since yesterday"), before one of <see cref="EarlierTimes"/>.</summary>
    public List<string> EarlierTimeLinks { get; set; } = [];

    /// <summary>Answers to "how many minutes?" that ask for last time's length ("same time", "the usual", "whatever I did").</summary>
    public List<string> SameMinutesAnswers { get; set; } = [];

    /// <summary>Ways of naming an earlier check-in ("last time", "yesterday", "last session").</summary>
    public List<string> EarlierTimes { get; set; } = [];

    /// <summary>Ways of saying goodbye ("bye", "see you tomorrow"), which with nothing under way deserve a goodbye back.</summary>
    public List<string> GoodbyeWords { get; set; } = [];

    /// <summary>Words of feeling unwell (dizzy, faint, sick, out of breath, chest), which need more than the advice on pain.</summary>
    public List<string> UnwellWords { get; set; } = [];

    /// <summary>Words of a question about how much of the exercise to do ("how many reps?", "how long do I rest?", "can you time me?").</summary>
    public List<string> DoseQuestionWords { get; set; } = [];

    /// <summary>Words of a question about the sides of the body ("do I have to do both sides?", "do I switch legs?").</summary>
    public List<string> SideQuestionWords { get; set; } = [];

    /// <summary>First words that make a message a question even without a "?" ("how do i keep my back straight").</summary>
    public List<string> QuestionOpeners { get; set; } = [];

    /// <summary>Words of a question about form that say nothing about which part of the exercise is meant ("how", "my", "keep").</summary>
    public List<string> FormQuestionFillers { get; set; } = [];

    /// <summary>
    /// Words people ask with, each under the word the exercise texts use for the same ("straight" back: "flat"), so a form
    /// question finds the step that answers it.
    /// </summary>
    public Dictionary<string, List<string>> FormWordsAlike { get; set; } = [];

    /// <summary>Words of a question about where the exercise should be felt or what it works ("should I feel this in my back?", "burning").</summary>
    public List<string> FeelQuestionWords { get; set; } = [];

    /// <summary>
    /// Words that check whether a feeling is as it should be ("is that normal", "is this right"): with <see
    /// cref="FeelQuestionWords"/> they make a question of a message with no "?" ("my hamstrings are burning is that right").
    /// </summary>
    public List<string> SensationCheckWords { get; set; } = [];

    /// <summary>Parts of the body a question about form may name ("where do my feet go?", "should my knees be bent?").</summary>
    public List<string> BodyPartWords { get; set; } = [];

    /// <summary>Words of an exercise's form cue that says where it is felt ("if you feel it mostly in your lower back").</summary>
    public List<string> FeltInCueWords { get; set; } = [];

    /// <summary>Words that ask for the list of commands ("help", "menu"), rather than what to do next after a session.</summary>
    public List<string> HelpByName { get; set; } = [];

    /// <summary>Words that look back on an exercise as done: "it <em>was</em> ok", "<em>felt</em> fine".</summary>
    public List<string> DoneReportWords { get; set; } = [];

    /// <summary>
    /// Words that open a message only to acknowledge, as in "ok done" or "k, done": there they say nothing about how the
    /// exercise felt, though "it was ok" does.
    /// </summary>
    public List<string> OpeningAcknowledgements { get; set; } = [];

    /// <summary>Words asking what kit the exercise on screen takes, without naming any: "what do I hold?", "do I need anything?".</summary>
    public List<string> KitQuestionWords { get; set; } = [];

    /// <summary>Words in an answer to "how is your back now?" that compare it with before ("better", "a bit worse") without a number.</summary>
    public List<string> PainComparisonWords { get; set; } = [];

    /// <summary>Words that only hedge an answer ("I think", "probably"), left out when reading "about the same, I think".</summary>
    public List<string> HedgeWords { get; set; } = [];

    /// <summary>Single words that make an answer a no when it begins with one of them.</summary>
    public List<string> NoWords { get; set; } = [];

    /// <summary>Words that make pain mild ("a bit sore", "slightly achy"): said while starting, the session starts.</summary>
    public List<string> MildPainWords { get; set; } = [];

    /// <summary>Whole answers that turn down starting now ("not today thanks", "maybe later").</summary>
    public List<string> DeclineAnswers { get; set; } = [];

    /// <summary>Typed ways of accepting the disclaimer, including the words its card asks for ("I accept").</summary>
    public List<string> AcceptAnswers { get; set; } = [];

    /// <summary>Typed ways of confirming "forget me", including the words its card asks for ("delete everything").</summary>
    public List<string> EraseAnswers { get; set; } = [];

    /// <summary>Typed ways of cancelling "forget me", including the words its card asks for ("keep my data").</summary>
    public List<string> KeepAnswers { get; set; } = [];

    public List<string> ChangeTimeWords { get; set; } = [];

    /// <summary>Words that mark an answer to an earlier question being changed ("actually", "make that", "I meant").</summary>
    public List<string> CorrectionWords { get; set; } = [];

    /// <summary>Ways of saying there is no kit to hand ("nothing", "no equipment").</summary>
    public List<string> NoEquipmentAnswers { get; set; } = [];

    /// <summary>Words that say yes to "can you get down to the floor?" and "is kneeling comfortable?" ("easily").</summary>
    public List<string> ComfortableAnswers { get; set; } = [];

    /// <summary>Words that say no to those two questions ("it hurts"); they would mean yes to "does pain spread?".</summary>
    public List<string> UncomfortableAnswers { get; set; } = [];

    /// <summary>Words that say yes to "does your pain spread down a leg, below the knee?" ("down my leg", "sciatica").</summary>
    public List<string> PainSpreadsAnswers { get; set; } = [];

    /// <summary>Words that say no to that question ("just my lower back", "it stays in my back").</summary>
    public List<string> PainStaysAnswers { get; set; } = [];

    /// <summary>
    /// Words that name each yes/no question of the assessment, by the value its answer is kept as ("floor",
    /// "kneeling"), so a message can answer several of them at once ("floor ok, kneeling hurts").
    /// </summary>
    public Dictionary<string, List<string>> YesNoTopics { get; set; } = [];

    /// <summary>Plain ways of saying yes in a clause that names a question ("yes I can kneel"), whatever the question.</summary>
    public List<string> AgreeWords { get; set; } = [];

    /// <summary>
    /// The words that may stand beside "fine" or "good" in a clause that only says all is well ("yes I'm all good"). A
    /// clause with any other word ("my legs are fine") says something about the body, so at the safety check it is
    /// asked about again.
    /// </summary>
    public List<string> AllIsWellFillers { get; set; } = [];

    /// <summary>Spoken ways of saying no that open with a yes ("yeah nah"): at the safety check they are a no.</summary>
    public List<string> NoIdioms { get; set; } = [];

    /// <summary>
    /// The words of an everyday back complaint said beside a "none" ("nah, just a sore back", "just stiff from sitting
    /// all day"). A clause with any other word may describe a symptom, so at the safety check it is asked about again.
    /// </summary>
    public List<string> EverydayBackWords { get; set; } = [];

    /// <summary>
    /// Words that mark a back complaint as the everyday kind ("just", "a bit", "from sitting"). An answer made only of
    /// <see cref="EverydayBackWords"/> that holds one ("my back is just stiff from sitting") says none of the warning
    /// signs apply even without a "none"; a bare "my back is sore" could be the start of one, so it is asked again.
    /// </summary>
    public List<string> EverydayBackMarkers { get; set; } = [];

    /// <summary>Plain ways of saying no in a clause that names a question ("I can't get down to the floor").</summary>
    public List<string> DisagreeWords { get; set; } = [];

    /// <summary>
    /// Short ways of naming each red flag, by its id, when answering the safety check ("night pain", "the fall one"):
    /// said there they pick the warning sign; anywhere else only a described symptom counts.
    /// </summary>
    public Dictionary<string, List<string>> RedFlagAnswers { get; set; } = [];

    public Dictionary<string, List<string>> Equipment { get; set; } = [];

    public Dictionary<string, List<string>> Experience { get; set; } = [];

    /// <summary>
    /// Unmistakable ways of describing experience inside a longer message ("I'm a beginner, pain 4"). The answers to
    /// the experience question itself ("new", "some", "never") would be guesses in any other sentence.
    /// </summary>
    public Dictionary<string, List<string>> ExperienceInPassing { get; set; } = [];

    /// <summary>
    /// Unmistakable ways of naming a focus inside a longer message ("none, mostly upper back and posture"), by the focus
    /// they choose. The answers to the focus question itself ("lower", "back") would be guesses in any other sentence.
    /// </summary>
    public Dictionary<string, List<string>> FocusInPassing { get; set; } = [];

    /// <summary>Unmistakable ways of saying there is no kit inside a longer message ("no equipment", "bodyweight only").</summary>
    public List<string> NoEquipmentInPassing { get; set; } = [];

    /// <summary>
    /// The chair a person works in, named in passing ("tight from my chair", "my office chair is killing me"). It is not
    /// the kit the chair exercises need, a sturdy chair that does not roll, so the kit question still asks.
    /// </summary>
    public List<string> SeatsNotKit { get; set; } = [];

    public Dictionary<string, List<string>> Focus { get; set; } = [];

    public Dictionary<string, string> ExperienceLabels { get; set; } = [];

    public Dictionary<string, string> FocusLabels { get; set; } = [];

    public Dictionary<string, List<string>> Feelings { get; set; } = [];

    /// <summary>
    /// Ways of saying "I can't tell" or "what do the options mean?" at "how did that feel?" ("hmm not sure abt this one"):
    /// there they get what the three answers mean, where elsewhere "dunno" skips the question.
    /// </summary>
    public List<string> UnsureFeelingAnswers { get; set; } = [];

    /// <summary>Whole answers that decline a skippable question ("skip", "rather not", "dunno").</summary>
    public List<string> SkipAnswers { get; set; } = [];

    /// <summary>
    /// Words for where or how the person would do an exercise: "Seated", "Standing", "Desk" and "Bed" count when named
    /// ("can I do this sitting?"), "Floor" and "Kneeling" when denied ("I can't get on the floor").
    /// </summary>
    public Dictionary<string, List<string>> PlaceWords { get; set; } = [];

    public Dictionary<string, string> FeelingLabels { get; set; } = [];

    /// <summary>A 0-10 pain score from typed text: the score said, else 0 when the text says there is no pain; otherwise null.</summary>
    public int? PainScore(string? text, int? scoreSaid) =>
        scoreSaid is null
            ? MentionsAny(text, NoPainAnswers) ? 0 : null
            : AssessmentForm.ParsePain(scoreSaid);

    /// <summary>
    /// Whether the answer says none apply: one of <see cref="NoneAnswers"/>, also after a leading no ("nah, none of
    /// them"), several run together without punctuation ("i'm fine none of these") and without a closing word for what
    /// is denied or an apology ("no red flags", "none of those problems", "none of them sorry").
    /// </summary>
    public bool IsNone(string? text)
    {
        var words = WithNoIdiomAsNo(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && IsOneOf(NoneClosingWords, words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return (words.Count > 1 && IsOneOf(NoWords, words[0]) && AreNoneAnswers(words[1..])) || AreNoneAnswers(words);
    }

    /// <summary>Whether the words are one or more of <see cref="NoneAnswers"/> one after another, and nothing else.</summary>
    private bool AreNoneAnswers(List<string> words) =>
        Enumerable.Range(1, words.Count).Any(length => IsOneOf(NoneAnswers, string.Join(' ', words[..length]))
            && (length == words.Count || AreNoneAnswers(words[length..])));

    /// <summary>The answer normalised, with a leading "yeah nah" read as the "no" it means.</summary>
    private string WithNoIdiomAsNo(string? text)
    {
        var normalised = Normalise(text);
        var idiom = NoIdioms.Select(NormalisedPhrase).FirstOrDefault(idiom => normalised == idiom || normalised.StartsWith($"{idiom} ", StringComparison.Ordinal));
        return idiom is null ? normalised : $"no{normalised[idiom.Length..]}";
    }

    /// <summary>
    /// A clause that opens with a no split into that no and the rest ("nah just a sore back" into "nah" and "just a sore
    /// back"), so each part can be read on its own; any other clause, and a whole "none" ("nothing like that"), as it is.
    /// </summary>
    public IEnumerable<string> WithLeadingNoApart(string clause)
    {
        var words = WithNoIdiomAsNo(clause).Split(' ', 2);
        return words.Length == 2 && IsOneOf(NoWords, words[0]) && !IsNone(clause) ? words : [clause];
    }

    /// <summary>Whether a clause only describes an everyday sore or stiff back ("just stiff from sitting all day").</summary>
    public bool SpeaksOfEverydayBackOnly(string clause) => HasOnlyWordsFrom(clause, EverydayBackWords);

    /// <summary>
    /// Whether a whole answer, every clause of it, only describes an everyday sore or stiff back and says it is the
    /// everyday kind ("just achy from my desk"): see <see cref="EverydayBackMarkers"/>.
    /// </summary>
    public bool DescribesEverydayBackOnly(string? text) =>
        Clauses(text) is { Count: > 0 } clauses && clauses.All(SpeaksOfEverydayBackOnly) && MentionsAny(text, EverydayBackMarkers);

    /// <summary>Whether a clause has words, and every one of them is in one of <paramref name="lists"/>.</summary>
    public static bool HasOnlyWordsFrom(string clause, params IEnumerable<string>[] lists) =>
        Normalise(clause).Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words
        && words.All(word => lists.Any(list => IsOneOf(list, word)));

    /// <summary>Whether the whole answer declines a skippable question, with or without thanks ("I'd rather not, thanks").</summary>
    public bool IsSkip(string? text) => IsOneOf(SkipAnswers, WithoutPoliteEnding(text));

    /// <summary>The answer normalised, without the thanks or please that ends it ("same again, pls" is "same again").</summary>
    private string WithoutPoliteEnding(string? text)
    {
        var words = Normalise(text);
        foreach (var polite in PoliteWords.Select(NormalisedPhrase).Where(polite => words.EndsWith($" {polite}", StringComparison.Ordinal)))
        {
            words = words[..^(polite.Length + 1)];
        }

        return words;
    }

    public bool IsDecline(string? text) => IsOneOf(DeclineAnswers, Normalise(text));

    /// <summary>Whether the answer is made only of yes words and polite ones: "yes", "ok go", "k lets go", "yes please".</summary>
    public bool IsYes(string? text)
    {
        var words = Normalise(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var phrases = YesAnswers.Concat(PoliteWords).Select(phrase => NormalisedPhrase(phrase).Split(' ')).ToList();
        var at = 0;
        var saidYes = false;
        while (at < words.Length)
        {
            var longest = phrases
                .Where(phrase => at + phrase.Length <= words.Length && phrase.SequenceEqual(words.Skip(at).Take(phrase.Length), StringComparer.Ordinal))
                .MaxBy(phrase => phrase.Length);
            if (longest is null)
            {
                return false;
            }

            saidYes |= IsOneOf(YesAnswers, string.Join(' ', longest));
            at += longest.Length;
        }

        return saidYes;
    }

    /// <summary>Whether the answer begins with a no ("no is hurting", "nope, just sore").</summary>
    public bool StartsWithNo(string? text) => IsOneOf(NoWords, Normalise(text).Split(' ')[0]);

    /// <summary>Whether the answer ends with a no ("sorry, meant no", "oh I meant none").</summary>
    public bool EndsWithNo(string? text) => IsOneOf(NoWords, Normalise(text).Split(' ')[^1]);

    /// <summary>Whether the answer says the pain has not changed, hedged or not ("about the same, I think").</summary>
    public bool SaysPainUnchanged(string? text)
    {
        var words = Normalise(text);
        foreach (var hedge in HedgeWords.Select(NormalisedPhrase))
        {
            words = $" {words} ".Replace($" {hedge} ", " ", StringComparison.Ordinal).Trim();
        }

        return IsOneOf(UnchangedPainAnswers, words);
    }

    /// <summary>
    /// Whether a clause of the answer says the pain has not changed since an earlier time, named or not: "same as last
    /// time", "no change since yesterday", "about the same as before, I think".
    /// </summary>
    public bool SaysPainSameAsBefore(string? text) => Clauses(text).Any(clause => SaysPainUnchanged(WithoutEarlierTime(clause)));

    /// <summary>
    /// Whether the answer asks for the same minutes as before. While "how many minutes?" waits, a clause that is one of
    /// <see cref="SameMinutesAnswers"/> ("the usual", "whatever I did last time") or a plain "same as last time" does.
    /// Said with another answer ("pain 3 and same time as before") only one that names the time does: there a plain
    /// "same" or "the usual" speaks of the pain.
    /// </summary>
    public bool SaysSameMinutesAsBefore(string? text, bool waitingForMinutes) => Clauses(text).Any(clause =>
    {
        var rest = WithoutEarlierTime(WithoutPoliteEnding(clause));
        var bare = EarlierTimes.Select(NormalisedPhrase).OrderByDescending(time => time.Length)
            .Aggregate($" {rest} ", (words, time) => words.Replace($" {time} ", " ", StringComparison.Ordinal)).Trim();
        return waitingForMinutes
            ? IsOneOf(SameMinutesAnswers, rest) || IsOneOf(SameMinutesAnswers, bare) || SaysPainUnchanged(rest)
            : SameMinutesAnswers.Any(answer => ChangeTimeWords.Any(word => Mentions(answer, word)) && Mentions(rest, answer));
    });

    /// <summary>Whether the answer compares with an earlier time, named or not: "same as last time", "worse since yesterday", "unchanged".</summary>
    public bool SpeaksOfAnEarlierTime(string? text) =>
        SaysPainSameAsBefore(text) || MentionsAny(text, EarlierTimes);

    /// <summary>The clause without the earlier time it names ("same as last time" is "same").</summary>
    private string WithoutEarlierTime(string clause)
    {
        var words = $" {Normalise(clause)} ";
        var named = EarlierTimeLinks.SelectMany(link => EarlierTimes.Select(time => $" {Normalise(link)} {Normalise(time)} "))
            .OrderByDescending(phrase => phrase.Length);
        foreach (var phrase in named)
        {
            words = words.Replace(phrase, " ", StringComparison.Ordinal);
        }

        return words.Trim();
    }

    public bool IsGoBack(string? text) => IsOneOf(GoBackAnswers, Normalise(text));

    public bool SaysGoodbye(string? text) => MentionsAny(text, GoodbyeWords);

    public bool SaysUnwell(string? text) => MentionsAny(text, UnwellWords);

    /// <summary>Whether the message, already <see cref="Normalise"/>d, asks about the dose. Normalised once by the caller.</summary>
    public bool AsksAboutDose(string normalised) => ContainsAny(normalised, DoseQuestionWords);

    public bool ReportsItDone(string? text) => MentionsAny(text, DoneReportWords);

    /// <summary>The text without the acknowledgements it opens with, normalised: "ok done" is "done", "okay so, done" is "done".</summary>
    public string WithoutOpeningAcknowledgements(string? text) =>
        string.Join(' ', Normalise(text).Split(' ').SkipWhile(word => IsOneOf(OpeningAcknowledgements, word)));

    /// <summary>Whether the message, already <see cref="Normalise"/>d, asks about sides. Normalised once by the caller.</summary>
    public bool AsksAboutSides(string normalised) => ContainsAny(normalised, SideQuestionWords);

    /// <summary>Whether the message, already <see cref="Normalise"/>d, asks where the exercise should be felt or what it works.</summary>
    public bool AsksWhereToFeel(string? text, string normalised) =>
        ContainsAny(normalised, FeelQuestionWords) && (IsQuestion(text, normalised) || ContainsAny(normalised, SensationCheckWords));

    /// <summary>Whether the message, already <see cref="Normalise"/>d, names a part of the body.</summary>
    public bool NamesBodyPart(string normalised) => ContainsAny(normalised, BodyPartWords);

    /// <summary>Whether an exercise's form cue says where the exercise is felt.</summary>
    public bool SpeaksOfWhereItIsFelt(string cue) => ContainsAny(Normalise(cue), FeltInCueWords);

    /// <summary>The message, already <see cref="Normalise"/>d, without its checks on a feeling ("is it normal to feel it" is "to feel it").</summary>
    public string WithoutSensationChecks(string normalised)
    {
        var padded = $" {normalised} ";
        foreach (var check in SensationCheckWords)
        {
            padded = padded.Replace($" {NormalisedPhrase(check)} ", " ", StringComparison.Ordinal);
        }

        return padded.Trim();
    }

    /// <summary>Whether the message, already <see cref="Normalise"/>d, is a question: a "?" or a question word first.</summary>
    public bool IsQuestion(string? text, string normalised) =>
        IsQuestion(text) || IsOneOf(QuestionOpeners, normalised.Split(' ')[0]);

    public bool AsksForHelpByName(string? text) => MentionsAny(text, HelpByName);


    /// <summary>Whether the message, already <see cref="Normalise"/>d, asks what kit it takes.</summary>
    public bool AsksAboutKit(string normalised) => ContainsAny(normalised, KitQuestionWords);

    public bool ComparesPain(string? text) => MentionsAny(text, PainComparisonWords);

    public bool SaysPainIsMild(string? text) => MentionsAny(text, MildPainWords);

    public bool IsAcceptance(string? text) => IsOneOf(AcceptAnswers, Normalise(text));

    public bool IsErase(string? text) => IsOneOf(EraseAnswers, Normalise(text));

    public bool IsKeep(string? text) => IsOneOf(KeepAnswers, Normalise(text));

    public bool Corrects(string? text) => MentionsAny(text, CorrectionWords);

    public bool AsksToChangeTime(string? text) => MentionsAny(text, ChangeTimeWords);

    /// <summary>
    /// The equipment named in free text such as "a band and a chair" or "no weights, just a band"; none for "nothing";
    /// null when none is recognised or the answer only says what is missing ("I don't have a band"), so the question
    /// is asked again rather than guessed.
    /// </summary>
    public Equipment? FindEquipment(string? text)
    {
        var (named, denied) = MentionedEquipment(text);
        return named ?? (denied is null && MentionsAny(text, NoEquipmentAnswers) ? BackStrength.Coaching.Equipment.None : null);
    }

    /// <summary>
    /// The experience a longer message describes in so many words, or names as one item of a list of answers
    /// ("2, regular, a band, 20 min"); null when it does neither, or names two.
    /// </summary>
    public Experience? FindExperienceInPassing(string? text)
    {
        var levels = ExperienceInPassing.Keys.ToList();
        var mentions = ChoiceRecognizers.FindMentions(text, [.. levels.Select(level => ExperienceInPassing[level])]);
        var inWords = mentions.Named.Distinct().Select(index => Enum.Parse<Experience>(levels[index]));
        // A level's bare name ("regular", "some") is an answer only as a list item of its own: "some dumbbells" is
        // about kit, and wordier items ("a bit") could as well describe the pain given beside them.
        var items = ListItems().Split(text ?? string.Empty);
        var asItems = items.Length < 2 ? [] : items.Select(Normalise)
            .SelectMany(item => levels.Where(level => NormalisedPhrase(level) == item).Select(Enum.Parse<Experience>));
        return inWords.Concat(asItems).Distinct().ToList() is [var only] ? only : null;
    }

    /// <summary>The focus a longer message names in so many words ("focus on core"); null when it names none, or two.</summary>
    public Focus? FindFocusInPassing(string? text)
    {
        var focuses = FocusInPassing.Keys.ToList();
        var mentions = ChoiceRecognizers.FindMentions(text, [.. focuses.Select(focus => FocusInPassing[focus])]);
        return mentions.Named.Distinct().ToList() is [var only] ? Enum.Parse<Focus>(focuses[only]) : null;
    }

    /// <summary>
    /// The kit a longer message names, none when it says so in so many words, or null when it says neither. Only kit
    /// named word for word counts here, where the person is not answering the kit question: "kneeling on hands and knees
    /// is comfortable" is one letter from "bands". A chair the person sits in (<see cref="SeatsNotKit"/>) is not kit.
    /// </summary>
    public Equipment? FindEquipmentInPassing(string? text) =>
        (MentionedEquipment(text).Named & KitNamedExactly(text) & KitBesideTheirSeat(text)) is { } kit and not BackStrength.Coaching.Equipment.None
            ? kit
            : MentionsAny(text, NoEquipmentInPassing) ? BackStrength.Coaching.Equipment.None : null;

    private Equipment KitBesideTheirSeat(string? text) =>
        MentionsAny(text, SeatsNotKit) ? ~BackStrength.Coaching.Equipment.Chair : ~BackStrength.Coaching.Equipment.None;

    /// <summary>The kit a message says is missing ("I don't have a band after all"), or null when it denies none.</summary>
    public Equipment? DeniedEquipment(string? text) => MentionedEquipment(text).Denied;

    /// <summary>
    /// Kit named word for word ("can I use a water bottle?"). Unlike an answer to the kit question no typo is forgiven:
    /// a question about the exercise is often one letter away from kit ("where do my hands go?").
    /// </summary>
    public Equipment? KitNamedExactly(string? text)
    {
        var named = Equipment.Where(kit => MentionsAny(text, kit.Value))
            .Aggregate(BackStrength.Coaching.Equipment.None, (all, kit) => all | Enum.Parse<Equipment>(kit.Key));
        return named == BackStrength.Coaching.Equipment.None ? null : named;
    }

    /// <summary>The kit named and not denied, and the kit denied ("no band"); each null when there is none.</summary>
    private (Equipment? Named, Equipment? Denied) MentionedEquipment(string? text)
    {
        var items = Equipment.Keys.ToList();
        var mentions = ChoiceRecognizers.FindMentions(text, [.. items.Select(item => Equipment[item])]);
        Equipment? Kit(IReadOnlyList<int> indexes) => indexes.Count == 0
            ? null
            : indexes.Aggregate(BackStrength.Coaching.Equipment.None, (all, index) => all | Enum.Parse<Equipment>(items[index]));
        return (Kit(mentions.Named), Kit(mentions.Denied));
    }

    /// <summary>
    /// The clauses of a message, split at punctuation and at a dash between spaces: "no, none of those. I'm a beginner"
    /// has three, and so has "none apply - beginner, 10 mins"; a range such as "7-8" stays whole.
    /// </summary>
    public static IReadOnlyList<string> Clauses(string? text) =>
        [.. ClauseEnds().Split(text ?? string.Empty).Select(clause => clause.Trim()).Where(clause => clause.Length > 0)];

    /// <summary>A question ("is this ok?") answers neither way, whatever yes or no words it holds.</summary>
    public static bool IsQuestion(string? text) => text?.TrimEnd().EndsWith('?') == true;

    /// <summary>Whether <paramref name="text"/> contains <paramref name="phrase"/> as whole words.</summary>
    public static bool Mentions(string? text, string phrase) =>
        HoldsWords($" {Normalise(text)} ", NormalisedPhrase(phrase));

    /// <summary>Whether the message holds any of the phrases as whole words; it is normalised once, not once per phrase.</summary>
    public static bool MentionsAny(string? text, IEnumerable<string> phrases) => ContainsAny(Normalise(text), phrases);

    /// <summary>Whether an already <see cref="Normalise"/>d message holds any of the phrases as whole words.</summary>
    private static bool ContainsAny(string normalised, IEnumerable<string> phrases)
    {
        var padded = $" {normalised} ";
        return phrases.Any(phrase => HoldsWords(padded, NormalisedPhrase(phrase)));
    }

    /// <summary>
    /// Whether already <see cref="Normalise"/>d words are one of the phrases, or a word one of the words, of a list from the
    /// content files, each normalised as messages are: "nah" in a list is the "no" a message's "nah" is read as.
    /// </summary>
    public static bool IsOneOf(IEnumerable<string> phrases, string normalised) =>
        phrases.Any(phrase => string.Equals(NormalisedPhrase(phrase), normalised, StringComparison.Ordinal));

    /// <summary>
    /// A phrase of the content files, <see cref="Normalise"/>d once: a message at an exercise is checked against a few
    /// hundred of them, and the regex clean-up of every phrase, on every message, cost more than the checks themselves.
    /// The phrases come from content, so the cap is only a guard.
    /// </summary>
    private static string NormalisedPhrase(string phrase)
    {
        if (NormalisedPhrases.TryGetValue(phrase, out var normalised))
        {
            return normalised;
        }

        normalised = Normalise(phrase);
        if (NormalisedPhrases.Count < MaxRememberedPhrases)
        {
            NormalisedPhrases.TryAdd(phrase, normalised);
        }

        return normalised;
    }

    /// <summary>Whether a normalised message, padded with a space at each end, holds a normalised phrase as whole words.</summary>
    private static bool HoldsWords(string paddedMessage, string normalisedPhrase)
    {
        if (normalisedPhrase.Length == 0)
        {
            return false;
        }

        for (var at = paddedMessage.IndexOf(normalisedPhrase, 1, StringComparison.Ordinal);
            at > 0 && at + normalisedPhrase.Length < paddedMessage.Length;
            at = paddedMessage.IndexOf(normalisedPhrase, at + 1, StringComparison.Ordinal))
        {
            if (paddedMessage[at - 1] == ' ' && paddedMessage[at + normalisedPhrase.Length] == ' ')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Lower case, apostrophes dropped, every other mark a space, and one-word chat shorthand written out ("thx" is "thanks",
    /// "nah" "no", "tbh" nothing), as the recognizer reads it: phrases of the content files are normalised the same way, so
    /// a list that holds "nah" or "thanks" matches every way of writing them.
    /// </summary>
    public static string Normalise(string? text) =>
        string.Join(' ', NonWord().Replace((text ?? string.Empty).ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal), " ")
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(IntentRecognizer.WordWrittenOut).Where(word => word.Length > 0));

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"[,;\n]")]
    private static partial Regex ListItems();

    /// <summary>What ends a clause: punctuation, a line break, or a dash between spaces (not the one in "7-8").</summary>
    internal const string ClauseEndPattern = @"[,;.!?\n]|\s[-\u2013\u2014]\s";

    [GeneratedRegex(ClauseEndPattern)]
    private static partial Regex ClauseEnds();
}
