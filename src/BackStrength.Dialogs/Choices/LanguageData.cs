using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackStrength.Dialogs.Choices;

/// <summary>
/// The English words the recognizers understand and the engine's default messages, read once from the embedded
/// Resources/en.json. Phrases are stored already normalised (see <see cref="TextNormalizer"/>).
/// </summary>
internal sealed class LanguageData
{
    private const string ResourceName = "BackStrength.Dialogs.Resources.en.json";

    private static readonly Lazy<LanguageData> LazyEnglish = new(Load);

    public static LanguageData English => LazyEnglish.Value;

    [JsonRequired]
    public string LostTrackMessage { get; init; } = string.Empty;

    [JsonRequired]
    public ConfirmWords Confirm { get; init; } = new();

    [JsonRequired]
    public ChoiceListWords ChoiceList { get; init; } = new();

    [JsonRequired]
    public Dictionary<string, int> Cardinals { get; init; } = [];

    [JsonRequired]
    public Dictionary<string, int> Ordinals { get; init; } = [];

    [JsonRequired]
    public List<string> LastOrdinals { get; init; } = [];

    [JsonRequired]
    public List<string> ChoiceNumberFillers { get; init; } = [];

    /// <summary>
    /// The words an ordinal may stand before and still pick a choice ("the last one"); before any other word it is not
    /// an answer ("same as last time", "first I want to say").
    /// </summary>
    [JsonRequired]
    public HashSet<string> OrdinalNouns { get; init; } = [];

    /// <summary>Words that deny what follows them in their clause ("not", "dont", "never").</summary>
    [JsonRequired]
    public HashSet<string> Negators { get; init; } = [];

    /// <summary>Words that start a new clause ("but", "actually"), so a denial before them does not reach past them.</summary>
    [JsonRequired]
    public HashSet<string> ClauseBreaks { get; init; } = [];

    /// <summary>
    /// Real English words of three or four letters, which are taken as typed and never as a slip in a short answer
    /// word: "bad" is not "band", "can" is not "cant", "late" is not "later".
    /// </summary>
    [JsonRequired]
    public HashSet<string> RealShortWords { get; init; } = [];

    private static LanguageData Load()
    {
        using var stream = typeof(LanguageData).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is missing.");
        return JsonSerializer.Deserialize<LanguageData>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"Embedded resource '{ResourceName}' is empty.");
    }

    internal sealed class ConfirmWords
    {
        [JsonRequired]
        public string YesLabel { get; init; } = string.Empty;

        [JsonRequired]
        public string NoLabel { get; init; } = string.Empty;

        [JsonRequired]
        public List<string> Yes { get; init; } = [];

        [JsonRequired]
        public List<string> No { get; init; } = [];

        /// <summary>Answers that are neither yes nor no ("not sure", "sort of"), so the question is asked again.</summary>
        [JsonRequired]
        public List<string> Unsure { get; init; } = [];
    }

    internal sealed class ChoiceListWords
    {
        [JsonRequired]
        public string InlineSeparator { get; init; } = string.Empty;

        [JsonRequired]
        public string InlineOr { get; init; } = string.Empty;

        [JsonRequired]
        public string InlineOrMore { get; init; } = string.Empty;
    }
}
