using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Progress;
using BackStrength.Coaching.Safety;

namespace BackStrength.Coaching.Planning;

/// <summary>
/// Builds today's session: exercises that suit the person's positions, kit and experience, spread evenly over the
/// four body areas (focus first), sized to the minutes they have, with at most one trip down to the floor.
/// Deterministic: the same assessment, safety outcome and history always give the same plan.
/// </summary>
public sealed class SessionPlanner(ExerciseLibrary library, PlanningText text, Progression progression)
{
    /// <summary>Most sets per exercise; shorter sessions drop sets before they drop a body area.</summary>
    private const int MostSets = 3;

    private readonly VariationChooser _chooser = new(progression);

    public SessionPlan Plan(Assessment assessment, SafetyOutcome safety, IReadOnlyList<SessionRecord> history)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(safety);
        ArgumentNullException.ThrowIfNull(history);
        assessment.EnsureValid();

        var gentle = safety.Level == SafetyLevel.GentleOnly;
        if (safety.Level == SafetyLevel.Stop)
        {
            return new SessionPlan([], 0, Equipment.None, IsGentle: true);
        }

        var queues = AreaQueues(assessment, gentle, history);
        var coverable = queues.Count(q => q.Count > 0);
        var picked = new List<(VariationChoice Choice, Dose Dose)>();
        for (var maxSets = MostSets; maxSets >= 1; maxSets--)
        {
            picked = Fill(queues, assessment, gentle, maxSets);
            if (picked.Select(p => p.Choice.Exercise.Area).Distinct().Count() == coverable)
            {
                break;
            }
        }

        return Build(picked, assessment, gentle);
    }

    // One queue per area, focus area first. Exercises within an area rotate from session to session for variety.
    private List<List<VariationChoice>> AreaQueues(Assessment assessment, bool gentle, IReadOnlyList<SessionRecord> history)
    {
        var areas = Enum.GetValues<BodyArea>().ToList();
        if (assessment.Focus is { } focus)
        {
            var focusArea = text.FocusArea(focus);
            areas.Remove(focusArea);
            areas.Insert(0, focusArea);
        }

        return
        [
            .. areas.Select(area =>
            {
                var choices = library.Exercises
                    .Where(e => e.Area == area)
                    .Select(e => _chooser.Choose(e, assessment, gentle, history))
                    .OfType<VariationChoice>()
                    .ToList();
                var shift = choices.Count == 0 ? 0 : history.Count % choices.Count;
                return choices.Skip(shift).Concat(choices.Take(shift)).ToList();
            }),
        ];
    }

    // Round-robin over the areas, one exercise each, until the next one would overrun the time. Stopping at the
    // first that does not fit (rather than skipping it) keeps the areas within one exercise of each other.
    private static List<(VariationChoice Choice, Dose Dose)> Fill(List<List<VariationChoice>> queues, Assessment assessment, bool gentle, int maxSets)
    {
        var budget = assessment.MinutesAvailable * 60;
        var picked = new List<(VariationChoice Choice, Dose Dose)>();
        var used = 0;
        var onFloor = false;
        for (var round = 0; ; round++)
        {
            var addedThisRound = false;
            foreach (var queue in queues.Where(q => round < q.Count))
            {
                var choice = queue[round];
                var dose = DoseFor(choice.Variation, assessment, gentle, maxSets);
                var floor = choice.Variation.Position.IsOnFloor();
                var cost = SessionTimeEstimator.Seconds(choice.Exercise, dose)
                    + (floor && !onFloor ? SessionTimeEstimator.FloorTransitionSeconds : 0);
                if (used + cost > budget)
                {
                    return picked;
                }

                picked.Add((choice, dose));
                used += cost;
                onFloor |= floor;
                addedThisRound = true;
            }

            if (!addedThisRound)
            {
                return picked;
            }
        }
    }

    private static Dose DoseFor(Variation variation, Assessment assessment, bool gentle, int maxSets)
    {
        var dose = variation.Dose.For(gentle ? Experience.New : assessment.Experience);
        return dose with { Sets = Math.Min(dose.Sets, maxSets) };
    }

    // Standing work first, then everything on the floor, so the person gets down once and finishes lying down.
    private SessionPlan Build(List<(VariationChoice Choice, Dose Dose)> picked, Assessment assessment, bool gentle)
    {
        var ordered = picked
            .OrderBy(p => p.Choice.Variation.Position.IsOnFloor())
            .ThenBy(p => p.Choice.Variation.Position.IsOnFloor() ? (int)p.Choice.Variation.Position : 0)
            .ToList();
        var items = new List<PlannedExercise>();
        var totalSeconds = 0;
        var onFloor = false;
        foreach (var (choice, dose) in ordered)
        {
            var floor = choice.Variation.Position.IsOnFloor();
            var seconds = SessionTimeEstimator.Seconds(choice.Exercise, dose)
                + (floor && !onFloor ? SessionTimeEstimator.FloorTransitionSeconds : 0);
            onFloor |= floor;
            totalSeconds += seconds;
            items.Add(new PlannedExercise(
                choice.Exercise.Id,
                choice.Variation.Id,
                dose,
                text.Reason(choice.Exercise, assessment.Focus, choice.Reason),
                SessionTimeEstimator.ToMinutes(seconds)));
        }

        var equipment = ordered.Aggregate(Equipment.None, (kit, p) => kit | p.Choice.Variation.RequiredEquipment);
        return new SessionPlan(items, SessionTimeEstimator.ToMinutes(totalSeconds), equipment, gentle);
    }
}
