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
/// it has felt easy, without extra pain, several times running on the same variation.
/// </summary>
public sealed class Progression
{
    /// <summary>Consecutive easy, pain-free sessions on a variation before stepping up; one easy day may be a fluke.</summary>
    public const int EasySessionsBeforeStepUp = 2;

    public ProgressionDecision Decide(string exerciseId, IReadOnlyList<SessionRecord> history)
    {
        ArgumentNullException.ThrowIfNull(exerciseId);
        ArgumentNullException.ThrowIfNull(history);

        // Most recent first; skipped entries say nothing about difficulty.
        var recent = history
            .Select((session, order) => (session, order))
            .OrderByDescending(s => s.session.Date)
            .ThenByDescending(s => s.order)
            .SelectMany(s => s.session.Entries)
            .Where(e => e.ExerciseId == exerciseId && e.Feeling != Feeling.Skipped)
            .ToList();
        if (recent.Count == 0)
        {
            return new ProgressionDecision(ProgressionStep.Stay, null);
        }

        var last = recent[0];
        if (last.Feeling is Feeling.TooHard or Feeling.StoppedForPain || last.PainAfter > last.PainBefore)
        {
            return new ProgressionDecision(ProgressionStep.StepDown, last.VariationId);
        }

        var easyRun = recent
            .Take(EasySessionsBeforeStepUp)
            .Where(e => e.VariationId == last.VariationId && e.Feeling == Feeling.TooEasy && e.PainAfter <= e.PainBefore)
            .Count();
        var step = easyRun == EasySessionsBeforeStepUp ? ProgressionStep.StepUp : ProgressionStep.Stay;
        return new ProgressionDecision(step, last.VariationId);
    }
}
