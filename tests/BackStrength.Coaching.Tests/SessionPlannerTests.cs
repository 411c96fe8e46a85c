using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Progress;
using BackStrength.Coaching.Safety;

namespace BackStrength.Coaching.Tests;

/// <summary>Worked examples a physical therapist would check a plan against.</summary>
public class SessionPlannerTests
{
    private static ExerciseLibrary Library => Shipped.Library;

    private static SessionRecord Session(int day, params (string VariationId, Feeling Feeling)[] entries) =>
        new(DateTimeOffset.UnixEpoch.AddDays(day), [.. entries.Select(e => new SessionEntry(Library.ExerciseOf(e.VariationId).Id, e.VariationId, e.Feeling, 2, 2))]);

    [Fact]
    public void An_office_worker_at_a_desk_gets_a_standing_session_covering_every_area()
    {
        var plan = Shipped.Planner.Plan(People.AtDesk, SafetyOutcome.Clear, []);

        Assert.All(plan.Items, i => Assert.False(Library.GetVariation(i.VariationId).Position.IsOnFloor()));
        Assert.Equal(Enum.GetValues<BodyArea>().Order(), plan.Items.Select(i => Library.GetExercise(i.ExerciseId).Area).Distinct().Order());
        Assert.InRange(plan.TotalMinutes, 5, 10);
    }

    [Fact]
    public void A_short_session_keeps_a_few_exercises_with_proper_sets_rather_than_many_single_sets()
    {
        var person = People.Able with { Experience = Experience.Some, MinutesAvailable = 10 };

        var plan = Shipped.Planner.Plan(person, SafetyOutcome.Clear, []);

        Assert.InRange(plan.Items.Count, 4, 5);
        Assert.Equal(plan.Items.Count, plan.Items.Select(i => Library.GetExercise(i.ExerciseId).Area).Distinct().Count());
        Assert.InRange(plan.TotalMinutes, 7, 10);
        Assert.True(plan.Items.Count(i => i.Dose.Sets >= 2) >= plan.Items.Count - 1, "the spare minutes go to more sets");
    }

    [Fact]
    public void Replacing_an_item_with_an_easier_variation_keeps_its_sets_and_updates_dose_time_and_kit()
    {
        var person = People.Able with { Experience = Experience.Some, MinutesAvailable = 20 };
        var plan = Shipped.Planner.Plan(person, SafetyOutcome.Clear, []);
        var item = plan.Items[0];
        var easier = Shipped.Navigator.Easier(item.VariationId, person);
        Assert.NotNull(easier.Variation);

        var changed = Shipped.Planner.ReplaceItem(plan, 0, easier.Exercise, easier.Variation, person);

        Assert.Equal(easier.Variation.Id, changed.Items[0].VariationId);
        Assert.Equal(item.Dose.Sets, changed.Items[0].Dose.Sets);
        Assert.Equal(item.Why, changed.Items[0].Why);
        Assert.Equal(Math.Round(changed.Items.Sum(i => i.EstimatedMinutes), 1), changed.TotalMinutes);
        Assert.Equal(plan.Items.Skip(1), changed.Items.Skip(1));
    }

    [Fact]
    public void A_newcomer_starts_below_the_standard_version()
    {
        var plan = Shipped.Planner.Plan(People.Able with { Experience = Experience.New }, SafetyOutcome.Clear, []);

        Assert.All(plan.Items, i =>
        {
            var exercise = Library.GetExercise(i.ExerciseId);
            Assert.True(exercise.IndexOf(i.VariationId) < exercise.StandardIndex, i.VariationId);
        });
    }

    [Fact]
    public void A_newcomer_in_moderate_pain_gets_one_easy_exercise_per_area_however_long_they_have()
    {
        var person = People.Able with { Experience = Experience.New, PainNow = 5, MinutesAvailable = 30 };

        var plan = Shipped.Planner.Plan(person, Shipped.Screen.Evaluate(person, []), []);

        Assert.False(plan.IsGentle);
        Assert.Equal(Enum.GetValues<BodyArea>().Order(), plan.Items.Select(i => Library.GetExercise(i.ExerciseId).Area).Order());
        Assert.All(plan.Items, i =>
        {
            var exercise = Library.GetExercise(i.ExerciseId);
            Assert.True(exercise.IndexOf(i.VariationId) < exercise.StandardIndex, i.VariationId);
            Assert.Equal(Library.GetVariation(i.VariationId).Dose.New, i.Dose);
        });
    }

    [Fact]
    public void A_newcomer_with_little_pain_fills_the_time_they_have()
    {
        var person = People.Able with { Experience = Experience.New, PainNow = 2, MinutesAvailable = 30 };

        var plan = Shipped.Planner.Plan(person, SafetyOutcome.Clear, []);

        Assert.True(plan.Items.Count > Enum.GetValues<BodyArea>().Length, $"{plan.Items.Count} exercises");
    }

    [Fact]
    public void A_band_and_a_door_bring_in_the_pallof_press_and_are_listed_as_needed()
    {
        var person = People.Able with { Focus = Focus.Core, MinutesAvailable = 30, CanGetToFloor = false, KneelingComfortable = false };

        var plan = Shipped.Planner.Plan(person, SafetyOutcome.Clear, []);

        Assert.Contains(plan.Items, i => i.VariationId == "pallof-press.standard");
        Assert.True(plan.EquipmentNeeded.HasFlag(Equipment.ResistanceBand | Equipment.DoorAnchor));
    }

    [Fact]
    public void The_focus_is_named_in_the_reason()
    {
        var plan = Shipped.Planner.Plan(People.Able with { Focus = Focus.UpperBackAndPosture }, SafetyOutcome.Clear, []);

        var upperBack = plan.Items.Where(i => Library.GetExercise(i.ExerciseId).Area == BodyArea.UpperBack).ToList();
        Assert.NotEmpty(upperBack);
        Assert.All(upperBack, i => Assert.StartsWith("Chosen for your focus on your upper back and posture.", i.Reason(Focus.UpperBackAndPosture), StringComparison.Ordinal));
    }

    [Fact]
    public void Severe_pain_gives_a_short_gentle_plan_of_first_rungs()
    {
        var person = People.Able with { PainNow = 9, Experience = Experience.Regular, MinutesAvailable = 30 };

        var plan = Shipped.Planner.Plan(person, Shipped.Screen.Evaluate(person, []), []);

        Assert.True(plan.IsGentle);
        Assert.InRange(plan.Items.Count, 1, Enum.GetValues<BodyArea>().Length);
        Assert.All(plan.Items, i =>
        {
            Assert.Equal(Library.GetExercise(i.ExerciseId).Variations[0].Id, i.VariationId);
            Assert.Contains("gentle", i.Reason(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void A_red_flag_means_no_exercises_at_all()
    {
        var plan = Shipped.Planner.Plan(People.Able, Shipped.Screen.Evaluate(People.Able, ["fever"]), []);

        Assert.Empty(plan.Items);
        Assert.Equal(0, plan.TotalMinutes);
    }

    [Fact]
    public void Consecutive_sessions_vary_the_exercises_within_an_area()
    {
        var yesterday = new SessionRecord(DateTimeOffset.UnixEpoch, [new SessionEntry("bridge", "bridge.standard", Feeling.AboutRight, 2, 2)]);
        var person = People.Able with { MinutesAvailable = 10 };

        var first = Shipped.Planner.Plan(person, SafetyOutcome.Clear, []);
        var second = Shipped.Planner.Plan(person, SafetyOutcome.Clear, [yesterday]);

        Assert.NotEqual(first.Items.Select(i => i.ExerciseId).Order(), second.Items.Select(i => i.ExerciseId).Order());
    }

    [Fact]
    public void An_exercise_that_hurt_at_its_easiest_sits_out_the_next_session_and_returns_at_its_easiest()
    {
        var person = People.Able with { MinutesAvailable = 30 };
        var hurt = Session(1, ("bridge.small", Feeling.StoppedForPain), ("squat.standard", Feeling.AboutRight));
        var after = Session(2, ("squat.standard", Feeling.AboutRight));

        var next = Shipped.Planner.Plan(person, SafetyOutcome.Clear, [hurt]);
        var nextButOne = Shipped.Planner.Plan(person, SafetyOutcome.Clear, [hurt, after]);

        Assert.DoesNotContain(next.Items, i => i.ExerciseId == "bridge");
        Assert.Contains(next.Items, i => Library.GetExercise(i.ExerciseId).Area == BodyArea.HipsAndGlutes);
        Assert.Equal("bridge.small", nextButOne.Items.Single(i => i.ExerciseId == "bridge").VariationId);
    }

    [Fact]
    public void An_exercise_that_hurt_above_its_easiest_comes_back_one_rung_easier()
    {
        var plan = Shipped.Planner.Plan(People.Able with { MinutesAvailable = 30 }, SafetyOutcome.Clear, [Session(1, ("bridge.standard", Feeling.StoppedForPain))]);

        Assert.Equal("bridge.small", plan.Items.Single(i => i.ExerciseId == "bridge").VariationId);
    }

    [Fact]
    public void An_exercise_that_hurt_stays_when_it_is_the_only_one_for_its_area()
    {
        var plan = Shipped.Planner.Plan(People.AtDesk, SafetyOutcome.Clear, [Session(1, ("squat.sit-to-stand", Feeling.StoppedForPain))]);

        Assert.Equal("squat.sit-to-stand", plan.Items.Single(i => i.ExerciseId == "squat").VariationId);
    }

    [Fact]
    public void Invalid_assessments_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.Planner.Plan(People.Able with { PainNow = 11 }, SafetyOutcome.Clear, []));
        Assert.Throws<ArgumentOutOfRangeException>(() => Shipped.Planner.Plan(People.Able with { MinutesAvailable = 2 }, SafetyOutcome.Clear, []));
    }
}
