using static BackStrength.Coaching.ContentFiles;

namespace BackStrength.Coaching.Safety;

/// <summary>The safety prose and red-flag definitions from Content/safety.json.</summary>
public sealed class SafetyContent
{
    private const string FileName = "safety.json";

    private SafetyContent(SafetyFile file)
    {
        DisclaimerVersion = file.DisclaimerVersion is int version and >= 1
            ? version
            : throw new ContentValidationException(FileName, "disclaimerVersion", "needs a whole number, 1 or more.");
        Disclaimer = RequireText(file.Disclaimer, FileName, "disclaimer");
        UrgentCareIntro = RequireText(file.UrgentCareIntro, FileName, "urgentCareIntro");
        SeverePainAdvice = RequireText(file.SeverePainAdvice, FileName, "severePainAdvice");
        PainBelowKneeAdvice = RequireText(file.PainBelowKneeAdvice, FileName, "painBelowKneeAdvice");
        GentlePlanAdvice = RequireText(file.GentlePlanAdvice, FileName, "gentlePlanAdvice");
        PainDuringExerciseAdvice = RequireText(file.PainDuringExerciseAdvice, FileName, "painDuringExerciseAdvice");
        ReassuranceWords = Lowered(RequireTexts(file.ReassuranceWords, FileName, "reassuranceWords"));
        WordsThatAreNotTypos = Lowered(file.WordsThatAreNotTypos is null ? [] : RequireTexts(file.WordsThatAreNotTypos, FileName, "wordsThatAreNotTypos"));
        var vocabulary = new ScanVocabulary(
            Lowered(RequireTexts(file.NegationWords, FileName, "negationWords")),
            Lowered(RequireTexts(file.ReassuranceWords, FileName, "reassuranceWords")),
            WordsThatAreNotTypos);
        Splitter = new ClauseSplitter(
            Lowered(RequireTexts(file.ClauseBreakWords, FileName, "clauseBreakWords")),
            Lowered(RequireTexts(file.SegmentBreakWords, FileName, "segmentBreakWords")),
            RequireContractions(file.Contractions),
            Lowered(RequireTexts(file.WordsBeforeNot, FileName, "wordsBeforeNot")),
            Lowered(file.WordsToSkip is null ? [] : RequireTexts(file.WordsToSkip, FileName, "wordsToSkip")));
        if (file.RedFlags is not { Count: > 0 } entries)
        {
            throw new ContentValidationException(FileName, "redFlags", "needs at least one red flag.");
        }

        Rules = [.. entries.Select((e, i) => ToRule(e, $"red flag #{i + 1}", vocabulary))];
        RedFlags = [.. Rules.Select(r => r.Flag)];
        var duplicate = Rules.GroupBy(r => r.Flag.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ContentValidationException($"red flag '{duplicate.Key}'", "id", "is used more than once.");
        }
    }

    /// <summary>
    /// Which wording of <see cref="Disclaimer"/> this is. Editors raise it when a change matters to someone who
    /// accepted the earlier wording, so those people are asked to accept again; a typo fix leaves it alone.
    /// </summary>
    public int DisclaimerVersion { get; }

    /// <summary>Shown before the first session: educational content, not medical advice.</summary>
    public string Disclaimer { get; }

    /// <summary>Opens the stop message when any red flag is present.</summary>
    public string UrgentCareIntro { get; }

    public string SeverePainAdvice { get; }

    public string PainBelowKneeAdvice { get; }

    /// <summary>How to approach a gentle plan.</summary>
    public string GentlePlanAdvice { get; }

    /// <summary>What to do when an exercise hurts.</summary>
    public string PainDuringExerciseAdvice { get; }

    public IReadOnlyList<RedFlag> RedFlags { get; }

    /// <summary>Words that say all is well ("fine", "normal"): near a symptom they deny it.</summary>
    public IReadOnlyList<string> ReassuranceWords { get; }

    /// <summary>
    /// Real words one letter away from a symptom word ("ladder" and "bladder"): a matcher that forgives typos must not
    /// read them as the symptom.
    /// </summary>
    public IReadOnlyList<string> WordsThatAreNotTypos { get; }

    internal IReadOnlyList<RedFlagRule> Rules { get; }

    internal ClauseSplitter Splitter { get; }

    public static SafetyContent Load(Stream json) => new(Read<SafetyFile>(json, FileName));

    public static SafetyContent LoadDefault()
    {
        using var stream = OpenEmbedded(FileName);
        return Load(stream);
    }

    private static RedFlagRule ToRule(RedFlagEntry? entry, string label, ScanVocabulary vocabulary)
    {
        if (entry is null)
        {
            throw new ContentValidationException(label, "(entry)", "is empty.");
        }

        var id = RequireText(entry.Id, label, "id");
        var name = $"red flag '{id}'";
        var flag = new RedFlag(
            id,
            RequireText(entry.Name, name, "name"),
            RequireText(entry.Question, name, "question"),
            RequireText(entry.Advice, name, "advice"));
        if (entry.Patterns is not { Count: > 0 } patterns)
        {
            throw new ContentValidationException(name, "patterns", "needs at least one pattern.");
        }

        var compiled = patterns
            .Select((groups, i) => PhrasePattern.Parse(Lowered(RequireTexts(groups, name, $"patterns[{i}]"))))
            .ToList();
        var cancelWords = entry.CancelWords is null ? [] : Lowered(RequireTexts(entry.CancelWords, name, "cancelWords"));
        return new RedFlagRule(flag, compiled, [.. cancelWords.Select(Phrase.Parse)], vocabulary, entry.AcrossClauses);
    }

    private static Dictionary<string, string> RequireContractions(IReadOnlyDictionary<string, string?>? contractions)
    {
        if (contractions is not { Count: > 0 })
        {
            throw new ContentValidationException(FileName, "contractions", "needs at least one contraction.");
        }

        return contractions.ToDictionary(
            pair => pair.Key.ToLowerInvariant(),
            pair => RequireText(pair.Value, FileName, $"contractions.{pair.Key}").ToLowerInvariant());
    }

    private static IReadOnlyList<string> Lowered(IReadOnlyList<string> values) => [.. values.Select(v => v.ToLowerInvariant())];
}
