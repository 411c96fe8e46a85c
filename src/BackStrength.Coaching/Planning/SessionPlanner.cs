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
    /// <summary>Most sets per exercise in any dose.</summary>
    private const int MostSets = 3;

    /// <summary>Pain (0-10) from which the scale calls it moderate.</summary>
    private const int ModeratePain = 4;

    // Standing work first, then everything on the floor, so the person gets down once and finishes lying down. A stable
    // order: exercises off the floor keep the order they were picked in.
    private static readonly Comparer<Position> FloorLast = Comparer<Position>.Create((one, other) =>
        (one.IsOnFloor(), one.IsOnFloor() ? (int)one : 0).CompareTo((other.IsOnFloor(), other.IsOnFloor() ? (int)other : 0)));

    private readonly VariationChooser _chooser = new(progression);

    /// <param name="today">
    /// When the session is planned for; after <see cref="PlanningText.LongBreak"/> without a session, exercises done
    /// before start a step easier. Null when the date is not known, which judges no break.
    /// </param>
    public SessionPlan Plan(Assessment assessment, SafetyOutcome safety, IReadOnlyList<SessionRecord> history, DateTimeOffset? today = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(safety);
        ArgumentNullException.ThrowIfNull(history);
        assessment.EnsureValid();

        if (safety.Level == SafetyLevel.Stop)
        {
            return new SessionPlan([], 0, Equipment.None, IsGentle: true);
        }

        var gentle = safety.Level == SafetyLevel.GentleOnly;
        var oneRoundOnly = gentle || StartsSmall(assessment);
        var afterLongBreak = today is { } now && SessionHistory.NewestFirst(history).FirstOrDefault() is { } last
            && now - last.Date >= text.LongBreak;
        var queues = AreaQueues(assessment, gentle, history, afterLongBreak);
        var coverable = queues.Count(q => q.Count > 0);
        List<Pick> best = [];
        var bestCovered = -1;
        foreach (var sizing in Sizings(queues, assessment, gentle))
        {
            // Once sets had to be cut to fit, more exercises would only mean fewer sets each: a physical therapist
            // would rather see a few exercises done properly than many done once.
            var picks = Fill(sizing, assessment.MinutesAvailable * 60, oneRound: oneRoundOnly || sizing.MaxSets < MostSets);
            var covered = picks.Select(p => p.Choice.Exercise.Area).Distinct().Count();
            if (covered > bestCovered)
            {
                (best, bestCovered) = (picks, covered);
            }

            if (covered == coverable)
            {
                break;
            }
        }

        return Build(gentle ? best : AddSetsWithinBudget(best, assessment), assessment, gentle);
    }

    /// <summary>
    /// The plan with its item at <paramref name="index"/> replaced by another variation or exercise (after "easier",
    /// "harder" or "swap"), keeping that item's number of sets so the session still fits its time.
    /// </summary>
    public SessionPlan ReplaceItem(SessionPlan plan, int index, Exercise exercise, Variation variation, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(exercise);
        ArgumentNullException.ThrowIfNull(variation);
        ArgumentNullException.ThrowIfNull(assessment);
        var old = plan.Items[index];
        var level = plan.IsGentle ? Experience.New : assessment.Experience;
        var dose = DoseFor(variation, level, old.Dose.Sets);
        var why = old.ExerciseId == exercise.Id ? old.Why : ChoiceReason.Usual;
        var items = plan.Items.ToList();
        items[index] = new PlannedExercise(exercise.Id, variation.Id, dose, why,
            SessionTimeEstimator.ToMinutes(SessionTimeEstimator.Seconds(exercise, dose)));
        var equipment = items.Aggregate(Equipment.None, (kit, item) => kit | library.GetVariation(item.VariationId).RequiredEquipment);
        return plan with { Items = items, TotalMinutes = Math.Round(items.Sum(item => item.EstimatedMinutes), 1), EquipmentNeeded = equipment };
    }

    /// <summary>
    /// The plan with the exercises from <paramref name="from"/> on in the order a new plan would have (standing first,
    /// then the floor), after a change put a floor exercise among standing ones ("swap the squat for a bridge"), so the
    /// person still gets down to the floor once. Exercises before <paramref name="from"/> (done, or on screen) stay put.
    /// </summary>
    public SessionPlan InPlanOrder(SessionPlan plan, int from = 0)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var ahead = plan.Items.Skip(from).OrderBy(item => library.GetVariation(item.VariationId).Position, FloorLast);
        // A List, not a collection expression: the stored conversation state is read back by Newtonsoft, which cannot
        // build the compiler's own read-only list type.
        return plan with { Items = plan.Items.Take(from).Concat(ahead).ToList() };
    }

    // Someone new to exercise whose back already hurts moderately gets one exercise per area, however long they have:
    // a first taste a physical therapist would give, so the back's response can be judged before more is added.
    private static bool StartsSmall(Assessment assessment) =>
        assessment.Experience == Experience.New && assessment.PainNow >= ModeratePain;

    // When sets were cut to fit every area in, give sets back one at a time, round the exercises, while the time
    // allows and up to each exercise's own dose.
    private static List<Pick> AddSetsWithinBudget(List<Pick> picks, Assessment assessment)
    {
        var budget = assessment.MinutesAvailable * 60;
        var result = new List<Pick>(picks);
        var grew = true;
        while (grew)
        {
            grew = false;
            for (var i = 0; i < result.Count; i++)
            {
                var full = result[i].Choice.Variation.Dose.For(assessment.Experience).Sets;
                if (result[i].Dose.Sets >= Math.Min(full, MostSets))
                {
                    continue;
                }

                var bigger = result[i] with { Dose = result[i].Dose with { Sets = result[i].Dose.Sets + 1 } };
                var trial = new List<Pick>(result) { [i] = bigger };
                if (TotalSeconds(trial) <= budget)
                {
                    result = trial;
                    grew = true;
                }
            }
        }

        return result;
    }

    private static int TotalSeconds(List<Pick> picks)
    {
        var onFloor = false;
        var total = 0;
        foreach (var pick in picks.OrderBy(p => p.Choice.Variation.Position.IsOnFloor()))
        {
            total += Cost(pick.Choice, pick.Dose, onFloor);
            onFloor |= pick.Choice.Variation.Position.IsOnFloor();
        }

        return total;
    }

    // Covering every area matters more than volume. Each sizing is tried in turn until one covers them all: the
    // full dose, then fewer sets, then the quickest exercise of each area, and last a lighter newcomer's dose.
    private static IEnumerable<Sizing> Sizings(List<List<VariationChoice>> queues, Assessment assessment, bool gentle)
    {
        var level = gentle ? Experience.New : assessment.Experience;
        for (var maxSets = MostSets; maxSets >= 1; maxSets--)
        {
            yield return new Sizing(queues, level, maxSets);
        }

        var quickestFirst = queues.Select(q => q.OrderBy(c => Cost(c, DoseFor(c.Variation, level, 1), alreadyOnFloor: false)).ToList()).ToList();
        yield return new Sizing(quickestFirst, level, 1);
        yield return new Sizing(quickestFirst, Experience.New, 1);
    }

    // One queue per area, focus area first. Exercises within an area rotate from session to session for variety. One
    // that hurt at its easiest last time sits this session out while its area has another to offer. One the last
    // session's summary said moves up or down "next time" goes ahead of the rotation, so the plan keeps that word.
    private List<List<VariationChoice>> AreaQueues(Assessment assessment, bool gentle, IReadOnlyList<SessionRecord> history, bool afterLongBreak)
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
                    .Select(e => _chooser.Choose(e, assessment, gentle, history, afterLongBreak))
                    .OfType<VariationChoice>()
                    .ToList();
                var painFree = choices.Where(c => !VariationChooser.HurtAtItsEasiest(c.Exercise, assessment, history)).ToList();
                choices = painFree.Count > 0 ? painFree : choices;
                var shift = choices.Count == 0 ? 0 : history.Count % choices.Count;
                return choices.Skip(shift).Concat(choices.Take(shift)).OrderByDescending(c => ChangePromised(c.Exercise, history)).ToList();
            }),
        ];
    }

    /// <summary>
    /// Whether the last session's summary told the person this exercise moves to another version next time: it was done
    /// then, and its history steps it up or down to a version that exists.
    /// </summary>
    private bool ChangePromised(Exercise exercise, IReadOnlyList<SessionRecord> history)
    {
        ArgumentNullException.ThrowIfNull(exercise);
        var doneLastTime = SessionHistory.NewestFirst(history).FirstOrDefault()?.Entries
            .Any(entry => entry.ExerciseId == exercise.Id && entry.Feeling != Feeling.Skipped) == true;
        if (!doneLastTime)
        {
            return false;
        }

        var decision = progression.Decide(exercise.Id, history);
        var index = decision.LastVariationId is null ? -1 : exercise.IndexOf(decision.LastVariationId);
        return decision.Step switch
        {
            ProgressionStep.StepUp => index >= 0 && index + 1 < exercise.Variations.Count,
            ProgressionStep.StepDown => index > 0,
            _ => false,
        };
    }

    // Round-robin over the areas, one exercise each per round. When an area's next exercise would overrun the
    // time, a later one from the same area may take its place; when none fits, planning stops there rather than
    // skipping the area, which keeps the areas within one exercise of each other. A gentle plan is one round.
    private static List<Pick> Fill(Sizing sizing, int budgetSeconds, bool oneRound)
    {
        var remaining = sizing.Queues.Select(q => new List<VariationChoice>(q)).ToList();
        var picks = new List<Pick>();
        var used = 0;
        var onFloor = false;
        for (var round = 0; (round == 0 || !oneRound) && remaining.Any(q => q.Count > 0); round++)
        {
            foreach (var queue in remaining.Where(q => q.Count > 0))
            {
                var next = queue
                    .Select(choice => new Pick(choice, DoseFor(choice.Variation, sizing.DoseLevel, sizing.MaxSets)))
                    .FirstOrDefault(p => used + Cost(p.Choice, p.Dose, onFloor) <= budgetSeconds);
                if (next is null)
                {
                    return picks;
                }

                queue.Remove(next.Choice);
                picks.Add(next);
                used += Cost(next.Choice, next.Dose, onFloor);
                onFloor |= next.Choice.Variation.Position.IsOnFloor();
            }
        }

        return picks;
    }

    private static Dose DoseFor(Variation variation, Experience level, int maxSets)
    {
        var dose = variation.Dose.For(level);
        return dose with { Sets = Math.Min(dose.Sets, maxSets) };
    }

    private static int Cost(VariationChoice choice, Dose dose, bool alreadyOnFloor) =>
        SessionTimeEstimator.Seconds(choice.Exercise, dose)
        + (choice.Variation.Position.IsOnFloor() && !alreadyOnFloor ? SessionTimeEstimator.FloorTransitionSeconds : 0);

    // The plan in the order of FloorLast.
    private SessionPlan Build(List<Pick> picks, Assessment assessment, bool gentle)
    {
        var ordered = picks.OrderBy(p => p.Choice.Variation.Position, FloorLast).ToList();
        var items = new List<PlannedExercise>();
        var totalSeconds = 0;
        var onFloor = false;
        foreach (var (choice, dose) in ordered)
        {
            var seconds = Cost(choice, dose, onFloor);
            onFloor |= choice.Variation.Position.IsOnFloor();
            totalSeconds += seconds;
            items.Add(new PlannedExercise(
                choice.Exercise.Id,
                choice.Variation.Id,
                dose,
                choice.Reason,
                SessionTimeEstimator.ToMinutes(seconds)));
        }

        var equipment = ordered.Aggregate(Equipment.None, (kit, p) => kit | p.Choice.Variation.RequiredEquipment);
        return new SessionPlan(items, SessionTimeEstimator.ToMinutes(totalSeconds), equipment, gentle);
    }

    private sealed record Sizing(List<List<VariationChoice>> Queues, Experience DoseLevel, int MaxSets);

    private sealed record Pick(VariationChoice Choice, Dose Dose);
}
