using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Progress;
using BackStrength.Coaching.Safety;

namespace BackStrength.Coaching.Tests;

/// <summary>
/// The plan for someone coming back: what the last summary said about "next time" holds, and after weeks away the
/// exercises done before start a step easier, as a physical therapist would after a lay-off.
/// </summary>
/// <remarks>
/// Found on the live bot (returning-person round eleven): the summary said "Bird dog goes back to the bird dog, leg only
/// next time", and the next plan had no bird dog at all, because exercises rotate within their area; and a plan after
/// weeks away was the same as the day after. Both tests below failed before the fixes.
/// </remarks>
public class ReturningPlanTests
{
    private static readonly DateTimeOffset LastSession = new(2026, 11, 2, 8, 0, 0, TimeSpan.Zero);

    private static readonly Assessment Person = People.Able with
    {
        PainNow = 3,
        Equipment = Equipment.None,
        MinutesAvailable = 10,
        Focus = Focus.LowerBack,
    };

    // The session seen on the live bot: the bird dog hurt, the rest felt about right.
    private static readonly List<SessionRecord> BirdDogHurt =
    [
        new(LastSession,
        [
            new SessionEntry("bent-over-row", "bent-over-row.standard", Feeling.AboutRight, 3, 3),
            new SessionEntry("bird-dog", "bird-dog.standard", Feeling.StoppedForPain, 3, 3),
            new SessionEntry("superman", "superman.standard", Feeling.AboutRight, 3, 3),
            new SessionEntry("bridge", "bridge.standard", Feeling.AboutRight, 3, 3),
        ]),
    ];

    [Fact]
    public void An_exercise_the_summary_moved_down_comes_back_at_that_version_whatever_the_rotation()
    {
        var plan = Plan(BirdDogHurt, LastSession.AddDays(2));

        var birdDog = Assert.Single(plan.Items, item => item.ExerciseId == "bird-dog");
        Assert.Equal("bird-dog.leg-only", birdDog.VariationId);
        Assert.Equal(ChoiceReason.SteppedDown, birdDog.Why);
    }

    [Fact]
    public void An_exercise_the_summary_moved_up_comes_back_at_that_version_whatever_the_rotation()
    {
        List<SessionRecord> easyTwice =
        [
            new(LastSession.AddDays(-2), [new SessionEntry("plank", "plank.standard", Feeling.TooEasy, 2, 2)]),
            new(LastSession, [new SessionEntry("plank", "plank.standard", Feeling.TooEasy, 2, 2)]),
        ];

        var plan = Plan(easyTwice, LastSession.AddDays(2), Person with { PainNow = 2 });

        Assert.Equal(ChoiceReason.SteppedUp, Assert.Single(plan.Items, item => item.ExerciseId == "plank").Why);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(40)]
    public void After_a_long_break_each_exercise_done_before_starts_a_step_below_where_it_was(int daysAway)
    {
        var plan = Plan(AllAboutRight, LastSession.AddDays(daysAway), Person with { Equipment = Equipment.Chair, MinutesAvailable = 20 });

        Assert.All(plan.Items, item =>
        {
            var exercise = Shipped.Library.GetExercise(item.ExerciseId);
            if (item.Why == ChoiceReason.EasedAfterBreak)
            {
                Assert.Equal(exercise.StandardIndex - 1, exercise.IndexOf(item.VariationId));
                Assert.Contains("after your break", item.Reason(), StringComparison.Ordinal);
            }
            else
            {
                // Only where no easier version suits today's answers.
                Assert.DoesNotContain(exercise.Variations.Take(exercise.StandardIndex), variation => variation.Fits(Person with { Equipment = Equipment.Chair }));
            }
        });
        Assert.True(plan.Items.Count(item => item.Why == ChoiceReason.EasedAfterBreak) >= 3);
    }

    [Fact]
    public void Less_than_the_long_break_changes_nothing()
    {
        var days = Shipped.Services.PlanningText.LongBreak.Days - 1;

        Assert.Equal(Plan(AllAboutRight, LastSession.AddDays(1)), Plan(AllAboutRight, LastSession.AddDays(days)), PlanComparer);
        Assert.DoesNotContain(Plan(AllAboutRight, LastSession.AddDays(days)).Items, item => item.Why == ChoiceReason.EasedAfterBreak);
    }

    [Fact]
    public void A_long_break_after_an_exercise_hurt_steps_it_down_once_not_twice()
    {
        var plan = Plan(BirdDogHurt, LastSession.AddDays(30));

        Assert.Equal("bird-dog.leg-only", Assert.Single(plan.Items, item => item.ExerciseId == "bird-dog").VariationId);
    }

    [Fact]
    public void An_exercise_never_done_starts_where_it_would_for_anyone_after_a_long_break()
    {
        var plan = Plan([new SessionRecord(LastSession, [new SessionEntry("bridge", "bridge.standard", Feeling.AboutRight, 3, 3)])], LastSession.AddDays(30));

        Assert.All(plan.Items.Where(item => item.ExerciseId != "bridge"), item => Assert.NotEqual(ChoiceReason.EasedAfterBreak, item.Why));
    }

    // Every exercise done once at its standard version, so whatever the rotation picks was done before.
    private static List<SessionRecord> AllAboutRight =>
        [new(LastSession, [.. Shipped.Library.Exercises.Select(exercise =>
            new SessionEntry(exercise.Id, exercise.Variations[exercise.StandardIndex].Id, Feeling.AboutRight, 3, 3))])];

    private static IEqualityComparer<SessionPlan> PlanComparer { get; } = EqualityComparer<SessionPlan>.Create(
        (one, other) => one!.Items.Select(item => (item.VariationId, item.Dose)).SequenceEqual(other!.Items.Select(item => (item.VariationId, item.Dose))));

    private static SessionPlan Plan(IReadOnlyList<SessionRecord> history, DateTimeOffset today, Assessment? person = null)
    {
        var who = person ?? Person;
        return Shipped.Planner.Plan(who, Shipped.Screen.Evaluate(who, []), history, today);
    }
}
