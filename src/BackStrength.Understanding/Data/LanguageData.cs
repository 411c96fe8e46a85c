namespace BackStrength.Understanding.Data;

/// <summary>The word lists in language.json that describe how people write in chat, independent of any intent.</summary>
internal sealed class LanguageData
{
    /// <summary>Whole-word rewrites: chat shorthand ("pls"), contractions with or without the apostrophe ("cant").</summary>
    public Dictionary<string, string> Shorthand { get; init; } = [];

    /// <summary>Shorthand that a whole typed answer means otherwise: "n" alone is a no, not "and"; "ya" a yes, not "you".</summary>
    public string[] ShorthandKeptInAnswers { get; init; } = [];

    /// <summary>Emoji that carry a meaning, replaced by a word before tokenising; all other emoji are ignored.</summary>
    public Dictionary<string, string> Emoji { get; init; } = [];

    /// <summary>Words before "'s" that make it mean "is" ("it's"); after any other word it is a possessive and dropped.</summary>
    public string[] IsContractionAfter { get; init; } = [];

    /// <summary>Words that start a new clause, so a negation before them does not reach past them.</summary>
    public string[] ClauseBreakers { get; init; } = [];

    public string[] Negators { get; init; } = [];

    /// <summary>How many words after a negator it still negates, and how far after a phrase a trailing negator reaches.</summary>
    public int NegationReach { get; init; }

    /// <summary>Words that start a new statement: right after a negator they end its reach ("no it hurts").</summary>
    public string[] NegationStoppers { get; init; } = [];

    /// <summary>Words shortly after a phrase that negate it ("pain free", "the pain is gone").</summary>
    public string[] TrailingNegators { get; init; } = [];

    public string[] Comparatives { get; init; } = [];

    /// <summary>Words after "than" that compare with the exercise on screen ("harder than this"): a request, not a comparison.</summary>
    public string[] ComparedWithTheExercise { get; init; } = [];

    /// <summary>Verbs that turn a following comparative into a description ("it is easier") rather than a request.</summary>
    public string[] Copulas { get; init; } = [];

    /// <summary>Words allowed between a copula and its comparative ("it is a bit easier").</summary>
    public string[] Intensifiers { get; init; } = [];

    public Dictionary<string, int> NumberWords { get; init; } = [];

    /// <summary>Units of time and how many minutes each is ("hour": 60, "mins": 1).</summary>
    public Dictionary<string, int> TimeUnits { get; init; } = [];

    /// <summary>Fractions said before a unit of time ("half an hour", "three quarters of an hour").</summary>
    public Dictionary<string, double> UnitFractions { get; init; } = [];

    /// <summary>Words that make the number before them an amount rather than a score ("3 years", "2 kids").</summary>
    public string[] CountedNouns { get; init; } = [];

    /// <summary>Words before a unit of time that mean one of it ("an hour", "half an hour").</summary>
    public string[] UnitArticles { get; init; } = [];

    /// <summary>Words after which "one" is a pronoun ("this one"), not the number 1.</summary>
    public string[] OneIsPronounAfter { get; init; } = [];

    /// <summary>Words that carry no meaning for a lookup ("plank please"), ignored when judging how much of a message names an exercise.</summary>
    public string[] Fillers { get; init; } = [];

    /// <summary>The words that name an exercise by its place in the plan ("the second one", "number 3").</summary>
    public PlanPlaceWords PlanPlaces { get; init; } = new();

    /// <summary>Real English words that spelling correction must never turn into a vocabulary word ("plane" is not "plank").</summary>
    public string[] CommonWords { get; init; } = [];
}

/// <summary>The words of <see cref="LanguageData.PlanPlaces"/>.</summary>
internal sealed class PlanPlaceWords
{
    /// <summary>Ordinals as words, and the place each is ("second": 2).</summary>
    public Dictionary<string, int> Ordinals { get; init; } = [];

    /// <summary>What follows digits to make an ordinal ("4th").</summary>
    public string[] OrdinalSuffixes { get; init; } = [];

    /// <summary>Words for the plan's last exercise ("the last one").</summary>
    public string[] Last { get; init; } = [];

    /// <summary>Words for the exercise after the one on screen ("the next one").</summary>
    public string[] Next { get; init; } = [];

    /// <summary>Words for an exercise after an ordinal: "the second one", "the last exercise".</summary>
    public string[] ExerciseWords { get; init; } = [];

    /// <summary>Words before a number that make it a place: "number 3", "exercise 2".</summary>
    public string[] Markers { get; init; } = [];

    /// <summary>Words for the exercise on screen, before a replacement marker ("swap this for the plank").</summary>
    public string[] Current { get; init; } = [];

    /// <summary>Words before what replaces the exercise: "swap this for the plank".</summary>
    public string[] ReplacementMarkers { get; init; } = [];

    /// <summary>Words that make a name said next to them what is wanted instead ("squats instead of the row", "I'd rather do the bridge").</summary>
    public string[] InsteadMarkers { get; init; } = [];

    /// <summary>Words after which a name is what is not wanted, once an instead marker was said: "instead of the row", "rather than rows".</summary>
    public string[] InsteadLinks { get; init; } = [];

    /// <summary>Phrases for every exercise of the plan at once: "the whole plan", "everything", "the rest of the session".</summary>
    public string[] WholePlan { get; init; } = [];
}
