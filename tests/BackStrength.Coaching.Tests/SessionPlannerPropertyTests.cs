using System.Text.Json;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Progress;
using BackStrength.Coaching.Safety;
using CsCheck;

namespace BackStrength.Coaching.Tests;

/// <summary>Rules every plan must keep, checked over random assessments, safety outcomes and histories.</summary>
public class SessionPlannerPropertyTests
{
    private const int Iterations = 1000;

    private static readonly Gen<(Assessment Assessment, SafetyOutcome Safety, IReadOnlyList<SessionRecord> History)> Inputs =
        Gen.Select(Generators.Assessment, Generators.History, (assessment, history) =>
            (assessment, Shipped.Screen.Evaluate(assessment, []), history));

    private static ExerciseLibrary Library => Shipped.Library;

    [Fact]
    public void Nobody_who_cannot_get_to_the_floor_is_sent_there()
    {
        Check(input => input.Assessment.CanGetToFloor || Variations(input).All(v => !v.Position.IsOnFloor()));
    }

    [Fact]
    public void Nobody_who_finds_kneeling_uncomfortable_is_asked_to_kneel()
    {
        Check(input => input.Assessment.KneelingComfortable || Variations(input).All(v => !v.Position.NeedsKneeling()));
    }

    [Fact]
    public void Nothing_needs_kit_the_person_does_not_have()
    {
        Check(input =>
        {
            var missing = ~input.Assessment.EquipmentAtHand();
            return Variations(input).All(v => (v.RequiredEquipment & missing) == Equipment.None)
                && (Plan(input).EquipmentNeeded & missing) == Equipment.None;
        });
    }

    [Fact]
    public void The_plan_fits_the_time_available()
    {
        Check(input =>
        {
            var plan = Plan(input);
            return plan.Items.Count > 0
                && plan.TotalMinutes <= input.Assessment.MinutesAvailable
                && Math.Abs(plan.Items.Sum(i => i.EstimatedMinutes) - plan.TotalMinutes) <= 0.1 * plan.Items.Count;
        });
    }

    [Fact]
    public void Areas_stay_within_one_exercise_of_each_other_unless_an_area_has_run_out()
    {
        Check(input =>
        {
            var counts = AreaCounts(input);
            var available = Enum.GetValues<BodyArea>().ToDictionary(a => a, a => SuitableExercises(input, a));
            return counts.All(x => counts.All(y => x.Value >= Math.Min(y.Value - 1, available[x.Key])));
        });
    }

    [Fact]
    public void The_focus_area_gets_at_least_as_much_as_any_other()
    {
        Check(input =>
        {
            if (input.Assessment.Focus is not { } focus)
            {
                return true;
            }

            var counts = AreaCounts(input);
            var focusArea = Shipped.Services.PlanningText.FocusArea(focus);
            var available = SuitableExercises(input, focusArea);
            return counts.Values.All(other => counts[focusArea] >= Math.Min(other, available));
        });
    }

    [Fact]
    public void Every_area_with_a_suitable_exercise_is_covered_even_in_five_minutes()
    {
        Check(input => Enum.GetValues<BodyArea>().All(a => SuitableExercises(input, a) == 0 || AreaCounts(input)[a] > 0));
    }

    [Fact]
    public void The_person_gets_down_to_the_floor_at_most_once_and_stands_first()
    {
        Check(input =>
        {
            var onFloor = Variations(input).Select(v => v.Position.IsOnFloor()).ToList();
            return onFloor.SkipWhile(floor => !floor).All(floor => floor);
        });
    }

    [Fact]
    public void A_gentle_plan_uses_only_the_easiest_variations_at_the_new_dose()
    {
        Check(input =>
        {
            var plan = Plan(input);
            return input.Safety.Level != SafetyLevel.GentleOnly
                || (plan.IsGentle && plan.Items.All(i =>
                    Library.GetExercise(i.ExerciseId).Variations[0].Id == i.VariationId
                    && i.Dose.Sets <= Library.GetVariation(i.VariationId).Dose.New.Sets));
        });
    }

    [Fact]
    public void No_exercise_appears_twice_and_every_item_explains_itself()
    {
        Check(input =>
        {
            var items = Plan(input).Items;
            return items.Select(i => i.ExerciseId).Distinct().Count() == items.Count
                && items.Select(i => i.Reason(input.Assessment.Focus)).All(reason => !string.IsNullOrWhiteSpace(reason) && !reason.Contains('{') && !reason.Contains('\n'));
        });
    }

    [Fact]
    public void The_same_input_gives_the_same_plan()
    {
        Check(input =>
        {
            var again = Shipped.Services.Planner.Plan(input.Assessment with { }, input.Safety, [.. input.History]);
            return JsonSerializer.Serialize(Plan(input)) == JsonSerializer.Serialize(again);
        });
    }

    private static void Check(Func<(Assessment Assessment, SafetyOutcome Safety, IReadOnlyList<SessionRecord> History), bool> property) =>
        Inputs.Sample(property, iter: Iterations, threads: 1);

    private static SessionPlan Plan((Assessment Assessment, SafetyOutcome Safety, IReadOnlyList<SessionRecord> History) input) =>
        Shipped.Planner.Plan(input.Assessment, input.Safety, input.History);

    private static IEnumerable<Variation> Variations((Assessment Assessment, SafetyOutcome Safety, IReadOnlyList<SessionRecord> History) input) =>
        Plan(input).Items.Select(i => Library.GetVariation(i.VariationId));

    private static Dictionary<BodyArea, int> AreaCounts((Assessment Assessment, SafetyOutcome Safety, IReadOnlyList<SessionRecord> History) input)
    {
        var items = Plan(input).Items;
        return Enum.GetValues<BodyArea>().ToDictionary(a => a, a => items.Count(i => Library.GetExercise(i.ExerciseId).Area == a));
    }

    // Exercises for the area that have a variation the person can do today (the first rung only, in a gentle plan),
    // less any that hurt at their easiest last session while the area has others.
    private static int SuitableExercises((Assessment Assessment, SafetyOutcome Safety, IReadOnlyList<SessionRecord> History) input, BodyArea area)
    {
        var suitable = Library.Exercises
            .Where(e => e.Area == area
                && (input.Safety.Level == SafetyLevel.GentleOnly
                    ? e.Variations[0].Fits(input.Assessment)
                    : e.Variations.Any(v => v.Fits(input.Assessment))))
            .ToList();
        var painFree = suitable.Count(e => !VariationChooser.HurtAtItsEasiest(e, input.Assessment, input.History));
        return painFree > 0 ? painFree : suitable.Count;
    }
}
