namespace BackStrength.Coaching.Safety;

/// <summary>
/// Decides whether it is safe to exercise today: red flags stop the flow with advice to seek care now; severe
/// pain or pain spreading below the knee allows only a gentle plan.
/// </summary>
public sealed class SafetyScreen(SafetyContent content)
{
    /// <summary>
    /// Pain at or above this level (0-10) gives a gentle plan only: 7 is where the usual bands of the 0-10 scale
    /// call pain severe, and a physical therapist would not load a back that hurts that much.
    /// </summary>
    public const int SeverePain = 7;

    /// <param name="redFlagIdsReported">Ids of red flags the person said yes to, or that <see cref="ScanText"/> found.</param>
    /// <exception cref="ArgumentException">An id is not a known red flag.</exception>
    public SafetyOutcome Evaluate(Assessment assessment, IReadOnlyCollection<string> redFlagIdsReported)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(redFlagIdsReported);
        assessment.EnsureValid();

        var flags = content.RedFlags;
        var unknown = redFlagIdsReported.Where(id => flags.All(f => f.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"Unknown red flag id(s): {string.Join(", ", unknown)}.", nameof(redFlagIdsReported));
        }

        var reported = flags.Where(f => redFlagIdsReported.Contains(f.Id)).ToList();
        if (reported.Count > 0)
        {
            return new SafetyOutcome(SafetyLevel.Stop, reported, [content.UrgentCareIntro, .. reported.Select(f => f.Advice)]);
        }

        var advice = new List<string>();
        if (assessment.PainNow >= SeverePain)
        {
            advice.Add(content.SeverePainAdvice);
        }

        if (assessment.PainSpreadsBelowKnee)
        {
            advice.Add(content.PainBelowKneeAdvice);
        }

        return advice.Count == 0
            ? SafetyOutcome.Clear
            : new SafetyOutcome(SafetyLevel.GentleOnly, [], [.. advice, content.GentlePlanAdvice]);
    }

    /// <summary>
    /// Red flags described in free text, typed at any point of the conversation ("I can't control my bladder",
    /// "numb down there"). Denials such as "no numbness" or "my bladder is fine" do not count.
    /// </summary>
    public IReadOnlyList<RedFlag> ScanText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = content.Splitter.Split(text);
        var joined = Clause.Join(clauses);
        return [.. content.Rules.Where(rule => rule.Matches(clauses, joined)).Select(rule => rule.Flag)];
    }

    /// <summary>
    /// Red flags the text says are not current, whatever else it says ("the steroid one, but it's an inhaler", "the
    /// surgery one, years ago"), so that naming one in short does not count as having it.
    /// </summary>
    public IReadOnlyList<RedFlag> RuledOutIn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clauses = content.Splitter.Split(text);
        return [.. content.Rules.Where(rule => rule.IsRuledOut(clauses)).Select(rule => rule.Flag)];
    }
}
