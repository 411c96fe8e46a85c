using BackStrength.Understanding.Data;
using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>The data files, loaded and parsed once per process: they are the same for every recognizer.</summary>
internal sealed class Vocabulary
{
    private static readonly Lazy<Vocabulary> Loaded = new(() => new Vocabulary(
        EmbeddedData.LoadLanguage(),
        EmbeddedData.LoadIntents(),
        EmbeddedData.LoadOtherLanguages()));

    private Vocabulary(LanguageData language, IntentData intents, OtherLanguageData otherLanguages)
    {
        Language = language;
        OtherLanguages = otherLanguages;
        Tokenizer = new Tokenizer(language);
        Phrases = new IntentPhrases(intents, Tokenizer);
        Context = new ContextFilter(language);
        Numbers = new NumberExtractor(language);
        Durations = new DurationReader(language, Numbers);
        Lookup = new LookupScorer(language);
        Places = new PlanPlaceReader(language, Numbers);
        WholePlan = new WholePlanReader(language, Tokenizer);
        Replacements = new ReplacementReader(language);
        OneWordShorthand = language.Shorthand
            .Where(entry => !entry.Value.Contains(' ', StringComparison.Ordinal) && !language.ShorthandKeptInAnswers.Contains(entry.Key))
            .ToDictionary(StringComparer.Ordinal);
    }

    public static Vocabulary Shared => Loaded.Value;

    public LanguageData Language { get; }

    public OtherLanguageData OtherLanguages { get; }

    public Tokenizer Tokenizer { get; }

    public IntentPhrases Phrases { get; }

    public ContextFilter Context { get; }

    public NumberExtractor Numbers { get; }

    public DurationReader Durations { get; }

    public LookupScorer Lookup { get; }

    public PlanPlaceReader Places { get; }

    public WholePlanReader WholePlan { get; }

    public ReplacementReader Replacements { get; }

    /// <summary>The shorthand written out as one word, or none ("tbh"), that typed answers may read written out.</summary>
    public IReadOnlyDictionary<string, string> OneWordShorthand { get; }

    /// <summary>Words typo correction must leave alone: common English plus every word the data files use.</summary>
    public IEnumerable<string> KnownWords =>
        Language.CommonWords
            .Concat(Language.Negators)
            .Concat(Language.NegationStoppers)
            .Concat(Language.Comparatives)
            .Concat(Language.Copulas)
            .Concat(Language.Intensifiers)
            .Concat(Language.Fillers)
            .Concat(Language.OneIsPronounAfter)
            .Concat(Language.NumberWords.Keys)
            .Concat(Language.TimeUnits.Keys)
            .Concat(Language.UnitFractions.Keys)
            .Concat(Language.Shorthand.Values.SelectMany(value => value.Split(' ')))
            .Concat(Phrases.Words)
            .Concat(WholePlan.Words)
            .Concat(Language.PlanPlaces.InsteadMarkers)
            .Concat(Language.PlanPlaces.InsteadLinks)
            .Concat(Language.PlanPlaces.ReplacementMarkers);
}
