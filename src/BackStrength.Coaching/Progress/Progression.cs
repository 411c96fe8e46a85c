namespace BackStrength.Coaching.Progress;

/// <summary>Whether the next session should move an exercise up or down its chain of variations.</summary>
public enum ProgressionStep
{
    Stay,
    StepUp,
    StepDown,
}

/// <param name="LastVariationId">The variation the person last did (skips aside), or null if never.</param>
public sealed record ProgressionDecision(ProgressionStep Step, string? LastVariationId);

/// <summary>
/// Reads session history: step down straight away when pain rose or the exercise was too hard; step up only after
/// it has felt easy, without extra pain, several times running on the same variation. Given today's pain, it also
/// holds back when the back hurts more now than at the start of the last session.
/// </summary>
public sealed class Progression
{
    /// <summary>Consecutive easy, pain-free sessions on a variation before stepping up; one easy day may be a fluke.</summary>
    public const int EasySessionsBeforeStepUp = 2;

    /// <summary>
    /// A rise on the 0-10 scale since the last session that steps down: about the smallest change people notice as
    /// real, so a one-point wobble only holds the level.
    /// </summary>
    public const int ClearPainRise = 2;

    /// <summary>What the history alone says about the next session, e.g. for "next time" in a summary.</summary>
    public ProgressionDecision Decide(string exerciseId, IReadOnlyList<SessionRecord> history) =>
        Decide(RecentEntries(exerciseId, history));

    /// <summary>
    /// Today's decision: a step up waits while the back hurts more than at the start of the last session, and a
    /// clear rise steps down, whatever the cause; the exercise can move on once the pain settles.
    /// </summary>
    /// <param name="painToday">Back pain 0-10 before today's session.</param>
    public ProgressionDecision Decide(string exerciseId, IReadOnlyList<SessionRecord> history, int painToday)
    {
        var recent = RecentEntries(exerciseId, history);
        var decision = Decide(recent);
        if (recent.Count == 0)
        {
            return decision;
        }

        var rise = painToday - recent[0].PainBefore;
        return rise >= ClearPainRise ? decision with { Step = ProgressionStep.StepDown }
            : rise > 0 && decision.Step == ProgressionStep.StepUp ? decision with { Step = ProgressionStep.Stay }
            : decision;
    }

    // The exercise's entries, most recent first; skipped entries say nothing about difficulty.
    private static List<SessionEntry> RecentEntries(string exerciseId, IReadOnlyList<SessionRecord> history)
    {
        ArgumentNullException.ThrowIfNull(exerciseId);
        ArgumentNullException.ThrowIfNull(history);
        return SessionHistory.NewestFirst(history)
            .SelectMany(session => session.Entries)
            .Where(e => e.ExerciseId == exerciseId && e.Feeling != Feeling.Skipped)
            .ToList();
    }

    private static ProgressionDecision Decide(List<SessionEntry> recent)
    {
        if (recent.Count == 0)
        {
            return new ProgressionDecision(ProgressionStep.Stay, null);
        }

        var last = recent[0];
        if (last.Feeling is Feeling.TooHard or Feeling.StoppedForPain || last.PainAfter > last.PainBefore)
        {
            return new ProgressionDecision(ProgressionStep.StepDown, last.VariationId);
        }

        // A session stopped early counts once a score after it was given: each of its entries is an exercise done in
        // full and rated, and the score says the back was no worse for it, the same evidence a whole session gives.
        // Stopping later says nothing about that exercise (a stop because it hurt records it as stopped for pain, which
        // steps down). Without a score (PainAfter null) the comparison below is false, so such a session never counts.
        var easyRun = recent
            .Take(EasySessionsBeforeStepUp)
            .Where(e => e.VariationId == last.VariationId && e.Feeling == Feeling.TooEasy && e.PainAfter <= e.PainBefore)
            .Count();
        var step = easyRun == EasySessionsBeforeStepUp ? ProgressionStep.StepUp : ProgressionStep.Stay;
        return new ProgressionDecision(step, last.VariationId);
    }
}
