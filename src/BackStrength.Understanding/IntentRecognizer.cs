using BackStrength.Understanding.Matching;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding;

/// <summary>
/// Turns one free-text chat message into one intent, with the exercise and number it mentions. Works offline from
/// the phrase lists in Data/intents.json and Data/language.json; README.md explains how. Thread-safe once built.
/// </summary>
public sealed class IntentRecognizer
{
    /// <summary>Below this score the recognizer answers <see cref="Intent.None"/> rather than risk a wrong guess.</summary>
    public const double Threshold = 0.6;

    // Two exercises named with a sign of which replaces which leave no doubt a swap is asked for.
    private const double NamedSwapConfidence = 0.9;

    // A message that is only "?" asks what the bot can do.
    private const double BareQuestionConfidence = 0.9;

    // Equal scores go to the intent that is costlier to miss: pain before anything, stopping before carrying on.
    private static readonly Intent[] TieBreakOrder =
    [
        Intent.Pain, Intent.OutOfScope, Intent.HowOften, Intent.ForgetMe, Intent.Stop, Intent.StartOver, Intent.Easier, Intent.Harder, Intent.Swap,
        Intent.Skip, Intent.Done, Intent.Reminder, Intent.SessionLength, Intent.ShowPlan, Intent.ShowLibrary, Intent.Progress, Intent.Help, Intent.About, Intent.Start,
        Intent.Tired, Intent.ExerciseLookup, Intent.Thanks, Intent.Acknowledge, Intent.Greeting, Intent.None,
    ];

    // Commands that act on the current exercise or session. Naming an exercise in one of these ("easier bird dog")
    // is part of the command; with any other intent ("bird dog instructions", "help with the plank") it is a lookup.
    private static readonly HashSet<Intent> OutranksLookup =
    [
        Intent.Easier, Intent.Harder, Intent.Swap, Intent.Skip, Intent.Done, Intent.Pain, Intent.Stop,
        Intent.StartOver, Intent.ForgetMe, Intent.Reminder,
    ];

    private readonly Vocabulary _vocabulary;
    private readonly ExerciseNameMatcher _exercises;
    private readonly Lexicon _lexicon;
    private readonly PhraseScorer _phrases;
    private readonly OtherLanguageFilter _otherLanguages;

    /// <param name="exerciseNames">Every exercise's id, display name and aliases, from the exercise library.</param>
    public IntentRecognizer(IEnumerable<ExerciseName> exerciseNames)
    {
        _vocabulary = Vocabulary.Shared;
        _exercises = new ExerciseNameMatcher(exerciseNames, _vocabulary.Tokenizer);
        _lexicon = new Lexicon(_vocabulary.KnownWords.Concat(_exercises.Words));
        _phrases = new PhraseScorer(_vocabulary.Phrases, _vocabulary.Context, _lexicon);
        _otherLanguages = new OtherLanguageFilter(_vocabulary.OtherLanguages, _lexicon);
    }

    /// <summary>Reads one message; null, empty or unclear text gives <see cref="Intent.None"/> with confidence 0.</summary>
    public Recognition Recognize(string? text)
    {
        var utterance = _vocabulary.Tokenizer.Tokenize(text);
        if (utterance.Count == 0)
        {
            return utterance.IsQuestion ? new Recognition(Intent.Help, BareQuestionConfidence) : new Recognition(Intent.None, 0);
        }

        var number = _vocabulary.Numbers.Find(utterance);
        var score = _vocabulary.Numbers.FindScore(utterance);
        var minutes = _vocabulary.Durations.Find(utterance);
        var mention = _exercises.Find(utterance, _lexicon);
        var place = _vocabulary.Places.Find(utterance);
        var wholePlan = _vocabulary.WholePlan.Find(utterance, _lexicon);
        var candidates = _phrases.Score(utterance);
        if (mention is not null)
        {
            candidates.Add(_vocabulary.Lookup.Score(utterance, mention, _phrases.HasLookupCue(utterance)));
        }
        else if (place is not null && (_phrases.HasLookupCue(utterance) || utterance.IsQuestion))
        {
            // "What's the first one?", "how do I do number 2": a place in the plan asked about names its exercise as a name
            // would. Like any lookup without a name it does not yield to Done: "the next exercise" is what is asked about.
            candidates.Add(LookupScorer.ScorePlaceAskedAbout());
        }

        var winner = Choose(candidates, namedLookup: mention is not null);
        var swap = mention is null ? null : NamedSwapIn(utterance, winner);
        if (swap is not null)
        {
            return new Recognition(Intent.Swap, Math.Max(winner?.Score ?? 0, NamedSwapConfidence), swap.ExerciseId, number, minutes, score, place,
                wholePlan, swap.ReplacementId);
        }

        return winner is null || winner.Intent == Intent.None
            ? new Recognition(Intent.None, 0, mention?.ExerciseId, number, minutes, score, place, wholePlan)
            : new Recognition(winner.Intent, Math.Round(winner.Score, 2), mention?.ExerciseId, number, minutes, score, place, wholePlan);
    }

    /// <summary>
    /// Every intent the message expresses confidently, best first: "my back is a bit sore but let's start" is Start
    /// and Pain, for callers that must not lose the second of two things said at once.
    /// </summary>
    public IReadOnlyList<Intent> IntentsIn(string? text) =>
        [.. Ranked(_phrases.Score(_vocabulary.Tokenizer.Tokenize(text))).Select(candidate => candidate.Intent).Where(intent => intent != Intent.None).Distinct()];

    /// <summary>
    /// The message's words as they are matched here: lower case, with chat shorthand written out ("nxt" is "next", "pls"
    /// is "please", "im" is "i am"), one space apart. For readers of typed answers that compare whole words.
    /// </summary>
    public string WrittenOut(string? text) => string.Join(' ', _vocabulary.Tokenizer.Tokenize(text).Tokens.Select(token => token.Text));

    /// <summary>
    /// Whether the message is clearly in another language written in the Latin alphabet ("hola, me duele la espalda",
    /// "bonjour"), from the common words of other languages in Data/otherLanguages.json. English with typos, names and
    /// short answers English speakers use too ("ok", "ja") are not.
    /// </summary>
    public bool IsOtherLanguage(string? text) => _otherLanguages.IsOtherLanguage(_vocabulary.Tokenizer.Tokenize(text));

    /// <summary>
    /// <paramref name="text"/> with the emoji that carry a meaning written as words ("👍" is "yes"), for readers of
    /// typed answers that look for words; every other character is kept as it was.
    /// </summary>
    public static string SpellOutEmoji(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (emoji, word) in Vocabulary.Shared.Language.Emoji)
        {
            text = text.Replace(emoji, $" {word} ", StringComparison.Ordinal);
        }

        return text.Trim();
    }

    /// <summary>
    /// The word a one-word chat shorthand stands for, for readers of typed answers that compare words one for one: "pls" is
    /// "please", "nah" "no", "ez" "easy", and "tbh" nothing at all. Any other word comes back as it is, and so do
    /// shorthand written out as several words ("idk"), which would change a message's word count, and the few listed in
    /// <c>shorthandKeptInAnswers</c>, which alone answer otherwise ("n" is a no, not "and"). <paramref name="word"/> is lower
    /// case, without apostrophes.
    /// </summary>
    public static string WordWrittenOut(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Vocabulary.Shared.OneWordShorthand.GetValueOrDefault(word, word);
    }

    /// <summary>
    /// A swap that names what should come in ("swap the bird dog for a plank", "I'd rather do the iyt than rows"). With two
    /// names the message asks for a swap whatever else it reads as, unless a weightier command wins ("stop", "it hurts");
    /// with the new one alone ("can I do a plank instead?") it must read as a swap already.
    /// </summary>
    private NamedSwap? NamedSwapIn(Utterance utterance, IntentCandidate? winner)
    {
        var mentions = _exercises.FindAll(utterance, _lexicon);
        var swap = _vocabulary.Replacements.Find(utterance, mentions);
        var asksSwap = winner?.Intent == Intent.Swap
            || (mentions.Count == 2 && winner?.Intent is null or Intent.None or Intent.ExerciseLookup);
        return swap is not null && asksSwap ? swap : null;
    }

    private static List<IntentCandidate> Ranked(List<IntentCandidate> candidates) =>
        [.. candidates
            .Where(candidate => candidate.Score >= Threshold)
            .OrderByDescending(candidate => candidate.Score)
            .ThenBy(candidate => Array.IndexOf(TieBreakOrder, candidate.Intent))];

    // The best score wins, except that a lookup yields to any confident command that acts on the exercise. A question
    // about an exercise not named ("what does the next one look like?") is no "next" to finish the one on screen.
    private static IntentCandidate? Choose(List<IntentCandidate> candidates, bool namedLookup)
    {
        var ranked = Ranked(candidates);
        var best = ranked.FirstOrDefault();
        if (best?.Intent != Intent.ExerciseLookup)
        {
            return best;
        }
        return ranked.FirstOrDefault(candidate => OutranksLookup.Contains(candidate.Intent) && (namedLookup || candidate.Intent != Intent.Done)) ?? best;
    }
}
