using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Progress;
using BackStrength.Coaching.Safety;

namespace BackStrength.Coaching.Tests;

public class ProgressionTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    private static Progression Progression => Shipped.Services.Progression;

    [Fact]
    public void With_no_history_nothing_changes()
    {
        Assert.Equal(new ProgressionDecision(ProgressionStep.Stay, null), Progression.Decide("bridge", []));
    }

    [Fact]
    public void Two_easy_sessions_without_extra_pain_step_up()
    {
        var history = Sessions(("bridge.standard", Feeling.TooEasy, 3, 3), ("bridge.standard", Feeling.TooEasy, 3, 2));

        Assert.Equal(new ProgressionDecision(ProgressionStep.StepUp, "bridge.standard"), Progression.Decide("bridge", history));
    }

    [Fact]
    public void One_easy_session_is_not_enough_to_step_up()
    {
        var history = Sessions(("bridge.standard", Feeling.AboutRight, 3, 3), ("bridge.standard", Feeling.TooEasy, 3, 3));

        Assert.Equal(ProgressionStep.Stay, Progression.Decide("bridge", history).Step);
    }

    [Fact]
    public void Easy_but_more_painful_afterwards_steps_down()
    {
        var history = Sessions(("bridge.standard", Feeling.TooEasy, 3, 3), ("bridge.standard", Feeling.TooEasy, 3, 5));

        Assert.Equal(ProgressionStep.StepDown, Progression.Decide("bridge", history).Step);
    }

    [Theory]
    [InlineData(Feeling.TooHard)]
    [InlineData(Feeling.StoppedForPain)]
    public void Too_hard_or_stopped_for_pain_steps_down(Feeling feeling)
    {
        var history = Sessions(("plank.standard", Feeling.TooEasy, 2, 2), ("plank.standard", feeling, 2, 2));

        Assert.Equal(new ProgressionDecision(ProgressionStep.StepDown, "plank.standard"), Progression.Decide("plank", history));
    }

    [Fact]
    public void An_exercise_done_but_not_rated_keeps_its_level_even_after_an_easy_session()
    {
        var history = Sessions(("bridge.standard", Feeling.TooEasy, 3, 3), ("bridge.standard", Feeling.NotRated, 3, 3));

        Assert.Equal(new ProgressionDecision(ProgressionStep.Stay, "bridge.standard"), Progression.Decide("bridge", history));
    }

    [Fact]
    public void Skipped_sessions_are_ignored()
    {
        var history = Sessions(("bridge.standard", Feeling.TooEasy, 3, 3), ("bridge.standard", Feeling.Skipped, 3, 9), ("bridge.standard", Feeling.TooEasy, 3, 3));

        Assert.Equal(ProgressionStep.StepUp, Progression.Decide("bridge", history).Step);
    }

    [Fact]
    public void An_easy_session_ended_before_pain_after_was_asked_does_not_count_towards_a_step_up()
    {
        var history = Sessions(("bridge.standard", Feeling.TooEasy, 3, 3), ("bridge.standard", Feeling.TooEasy, 3, null));

        Assert.Equal(ProgressionStep.Stay, Progression.Decide("bridge", history).Step);
    }

    [Fact]
    public void The_most_recent_session_counts_whatever_order_the_history_is_stored_in()
    {
        var history = Sessions(("bridge.standard", Feeling.TooEasy, 3, 3), ("bridge.standard", Feeling.TooHard, 3, 3));
        history.Reverse();

        Assert.Equal(ProgressionStep.StepDown, Progression.Decide("bridge", history).Step);
    }

    [Fact]
    public void Easy_sessions_on_an_easier_variation_do_not_step_up_a_newly_reached_one()
    {
        var history = Sessions(("bridge.small", Feeling.TooEasy, 3, 3), ("bridge.standard", Feeling.TooEasy, 3, 3));

        Assert.Equal(ProgressionStep.Stay, Progression.Decide("bridge", history).Step);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void Pain_no_higher_than_at_the_last_session_lets_the_step_up_through(int painToday)
    {
        var history = Sessions(("bridge.standard", Feeling.TooEasy, 3, 3), ("bridge.standard", Feeling.TooEasy, 3, 3));

        Assert.Equal(ProgressionStep.StepUp, Progression.Decide("bridge", history, painToday).Step);
    }

    [Fact]
    public void A_step_up_waits_while_the_back_hurts_more_than_at_the_last_session()
    {
        var history = Sessions(("bridge.standard", Feeling.TooEasy, 3, 3), ("bridge.standard", Feeling.TooEasy, 3, 3));

        Assert.Equal(new ProgressionDecision(ProgressionStep.Stay, "bridge.standard"), Progression.Decide("bridge", history, painToday: 4));
    }

    [Theory]
    [InlineData(Feeling.AboutRight)]
    [InlineData(Feeling.TooEasy)]
    public void Pain_clearly_higher_than_at_the_last_session_steps_down(Feeling lastFeeling)
    {
        var history = Sessions(("bridge.standard", lastFeeling, 2, 2));

        Assert.Equal(new ProgressionDecision(ProgressionStep.StepDown, "bridge.standard"), Progression.Decide("bridge", history, painToday: 4));
    }

    [Fact]
    public void Todays_pain_does_not_matter_for_an_exercise_never_done()
    {
        Assert.Equal(new ProgressionDecision(ProgressionStep.Stay, null), Progression.Decide("bridge", [], painToday: 9));
    }

    [Fact]
    public void The_planner_steps_an_exercise_up_after_easy_sessions_and_says_why()
    {
        var item = PlannedBridge(Sessions(("bridge.standard", Feeling.TooEasy, 2, 2), ("bridge.standard", Feeling.TooEasy, 2, 2)));

        Assert.Equal("bridge.march", item.VariationId);
        Assert.Contains("felt easy", item.Reason(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_planner_steps_an_exercise_down_after_pain_rose()
    {
        var item = PlannedBridge(Sessions(("bridge.standard", Feeling.AboutRight, 2, 4), ("squat.standard", Feeling.AboutRight, 2, 2)));

        Assert.Equal("bridge.small", item.VariationId);
        Assert.Contains("pain has gone up", item.Reason(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_planner_holds_the_level_when_pain_is_a_little_higher_today()
    {
        var history = Sessions(("bridge.standard", Feeling.TooEasy, 2, 2), ("bridge.standard", Feeling.TooEasy, 2, 2));

        var item = PlannedBridge(history, painToday: 3);

        Assert.Equal("bridge.standard", item.VariationId);
    }

    [Fact]
    public void The_planner_steps_down_when_pain_is_clearly_higher_today_and_says_why()
    {
        var history = Sessions(("bridge.standard", Feeling.AboutRight, 2, 2));

        var item = PlannedBridge(history, painToday: 5);

        Assert.Equal("bridge.small", item.VariationId);
        Assert.Contains("pain has gone up", item.Reason(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_planner_never_steps_up_past_what_the_person_can_do()
    {
        var noWeights = People.Able with { Equipment = Equipment.None, Focus = Focus.UpperBackAndPosture, MinutesAvailable = 30 };
        var history = Sessions(("bent-over-row.standard", Feeling.TooEasy, 2, 2), ("bent-over-row.standard", Feeling.TooEasy, 2, 2));

        var plan = Shipped.Planner.Plan(noWeights, SafetyOutcome.Clear, history);

        Assert.Equal("bent-over-row.standard", plan.Items.Single(i => i.ExerciseId == "bent-over-row").VariationId);
    }

    [Fact]
    public void A_change_forced_by_todays_position_is_not_called_a_step_down()
    {
        var chooser = new VariationChooser(Progression);
        var history = Sessions(("plank.standard", Feeling.AboutRight, 2, 2));

        var choice = chooser.Choose(Shipped.Library.GetExercise("plank"), People.Able with { KneelingComfortable = false }, gentle: false, history);

        Assert.Equal("plank.wall", choice?.Variation.Id);
        Assert.Equal(ChoiceReason.Usual, choice?.Reason);
    }

    private static PlannedExercise PlannedBridge(IReadOnlyList<SessionRecord> history, int painToday = 2)
    {
        var person = People.Able with { MinutesAvailable = 30, PainNow = painToday };
        var plan = Shipped.Planner.Plan(person, Shipped.Screen.Evaluate(person, []), history);
        return plan.Items.Single(i => i.ExerciseId == "bridge");
    }

    // One session per entry, a day apart, oldest first.
    private static List<SessionRecord> Sessions(params (string VariationId, Feeling Feeling, int PainBefore, int? PainAfter)[] entries) =>
        [.. entries.Select((e, day) => new SessionRecord(
            Monday.AddDays(day),
            [new SessionEntry(Shipped.Library.ExerciseOf(e.VariationId).Id, e.VariationId, e.Feeling, e.PainBefore, e.PainAfter)]))];
}
