using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Safety;

namespace BackStrength.Coaching.Tests;

/// <summary>
/// "Can I do a side plank instead?" names only what should come in: the plan's exercise it stands in for is the one of its
/// area, or its closest kin there. And a plan changed by a swap keeps its floor exercises together, in the planner's order.
/// </summary>
public class StandInAndOrderTests
{
    private static readonly string[] Planned = ["bent-over-row", "squat", "hip-hinge", "bird-dog", "plank", "superman", "bridge"];

    [Theory]
    [InlineData("side-plank", "plank")] // two of its area planned; the plank is its gentler alternative
    [InlineData("bent-over-iyt", "bent-over-row")] // the only one of its area
    [InlineData("kickstand-rdl", "hip-hinge")] // the hip hinge, not the superman: its gentler alternative
    [InlineData("pallof-press", "plank")]
    public void The_one_exercise_it_can_stand_in_for_is_found(string wanted, string replaced)
    {
        var places = Shipped.Navigator.StandInPlaces(wanted, Planned);

        Assert.Equal([Array.IndexOf(Planned, replaced)], places);
    }

    [Fact]
    public void With_no_close_kin_every_exercise_of_its_area_is_offered()
    {
        // The bird dog and the side plank are both core work, and neither is the pallof press's gentler alternative.
        var places = Shipped.Navigator.StandInPlaces("pallof-press", ["bent-over-row", "bird-dog", "side-plank", "bridge"]);

        Assert.Equal([1, 2], places);
    }

    [Fact]
    public void With_nothing_of_its_area_planned_no_place_is_found()
    {
        Assert.Empty(Shipped.Navigator.StandInPlaces("squat", ["bent-over-row", "bird-dog"]));
    }

    [Fact]
    public void A_floor_exercise_swapped_in_among_standing_ones_joins_the_others_on_the_floor()
    {
        var person = People.Able;
        var plan = Shipped.Planner.Plan(person, SafetyOutcome.Clear, []);
        var standing = plan.Items.ToList().FindIndex(item => !IsOnFloor(item));
        var floor = NotPlannedOnTheFloor(plan);
        var swapped = Shipped.Planner.ReplaceItem(plan, standing, floor, floor.Standard, person);

        var ordered = Shipped.Planner.InPlanOrder(swapped);

        Assert.Contains(ordered.Items, item => item.ExerciseId == floor.Id);
        Assert.Equal(ordered.Items.OrderBy(IsOnFloor).Select(item => item.ExerciseId), ordered.Items.Select(item => item.ExerciseId));
        Assert.Equal(plan.Items.Count, ordered.Items.Count);
    }

    [Fact]
    public void Exercises_before_the_one_to_start_from_stay_where_they_are()
    {
        var person = People.Able;
        var plan = Shipped.Planner.Plan(person, SafetyOutcome.Clear, []);
        var floor = NotPlannedOnTheFloor(plan);
        var swapped = Shipped.Planner.ReplaceItem(plan, 0, floor, floor.Standard, person);

        var ordered = Shipped.Planner.InPlanOrder(swapped, from: 1);

        Assert.Equal(floor.Id, ordered.Items[0].ExerciseId);
    }

    private static Exercise NotPlannedOnTheFloor(SessionPlan plan) =>
        Shipped.Library.Exercises.First(exercise => exercise.Standard.Position.IsOnFloor() && plan.Items.All(item => item.ExerciseId != exercise.Id));

    private static bool IsOnFloor(PlannedExercise item) => Shipped.Library.GetVariation(item.VariationId).Position.IsOnFloor();
}
