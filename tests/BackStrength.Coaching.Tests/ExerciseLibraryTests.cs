using BackStrength.Coaching.Exercises;

namespace BackStrength.Coaching.Tests;

public class ExerciseLibraryTests
{
    private static readonly string[] ArticleExerciseIds =
    [
        "bridge", "superman", "bird-dog", "plank", "side-plank", "bent-over-row", "bent-over-iyt", "hip-hinge",
        "kickstand-rdl", "banded-pull-apart", "pallof-press", "squat",
    ];

    private static ExerciseLibrary Library => Shipped.Library;

    [Fact]
    public void Contains_exactly_the_twelve_article_exercises_under_their_stable_ids()
    {
        Assert.Equal(ArticleExerciseIds.Order(), Library.Exercises.Select(e => e.Id).Order());
    }

    [Fact]
    public void Every_exercise_has_an_easier_and_a_harder_variation_around_its_standard()
    {
        Assert.All(Library.Exercises, e =>
        {
            Assert.Single(e.Variations, v => v.IsStandard);
            Assert.InRange(e.StandardIndex, 1, e.Variations.Count - 2);
        });
    }

    [Fact]
    public void Every_gentler_alternative_is_another_exercise_for_the_same_area()
    {
        Assert.All(Library.Exercises, e =>
        {
            var alternative = Library.GetExercise(e.GentlerAlternativeId);
            Assert.NotEqual(e.Id, alternative.Id);
            Assert.Equal(e.Area, alternative.Area);
        });
    }

    [Fact]
    public void Every_area_has_at_least_two_exercises_so_a_swap_is_possible()
    {
        Assert.All(Enum.GetValues<BodyArea>(), area => Assert.True(Library.Exercises.Count(e => e.Area == area) >= 2, $"{area}"));
    }

    [Fact]
    public void Doses_grow_with_experience_and_stay_moderate()
    {
        Assert.All(Library.Exercises.SelectMany(e => e.Variations.Select(v => (e, v))), p =>
        {
            var (exercise, variation) = p;
            var volumes = Enum.GetValues<Experience>().Select(x => Volume(exercise, variation.Dose.For(x))).ToList();
            Assert.True(volumes[0] <= volumes[1] && volumes[1] <= volumes[2], $"{variation.Id}: {string.Join(", ", volumes)}");
            Assert.All(Enum.GetValues<Experience>().Select(variation.Dose.For), d =>
            {
                Assert.InRange(d.Sets, 1, 3);
                Assert.InRange(d.Reps ?? 1, 1, 15);
                Assert.InRange(d.HoldSeconds ?? 1, 1, 30);
                Assert.InRange(d.RestSeconds, 30, 60);
            });
        });
    }

    // Holding a position or a pause invites holding the breath, which raises the strain on a sore back.
    [Fact]
    public void Every_variation_with_a_hold_says_to_keep_breathing()
    {
        var held = Library.Exercises
            .SelectMany(e => e.Variations)
            .Where(v => Enum.GetValues<Experience>().Any(x => v.Dose.For(x).HoldSeconds is not null))
            .ToList();

        Assert.NotEmpty(held);
        Assert.All(held, v => Assert.Contains("breath", Text(v.Id), StringComparison.Ordinal));
    }

    [Fact]
    public void Bird_dog_lifts_the_opposite_arm_and_leg()
    {
        Assert.Contains("opposite arm", Text("bird-dog.standard"));
    }

    [Fact]
    public void Plank_keeps_a_straight_line_from_head_to_heels()
    {
        Assert.Contains("heels, hips, shoulders and head all sit on one line", Text("plank.standard"));
    }

    [Fact]
    public void Pallof_press_anchors_the_band_in_a_closed_door()
    {
        var text = Text("pallof-press.standard");
        Assert.Contains("door", text);
        Assert.Contains("shut the door so it holds the band", text);
        Assert.Equal(Equipment.ResistanceBand | Equipment.DoorAnchor, Library.GetVariation("pallof-press.standard").RequiredEquipment);
    }

    [Fact]
    public void Bent_over_row_squeezes_the_shoulder_blades()
    {
        Assert.Contains("pinch your shoulder blades towards each other", Text("bent-over-row.standard"));
    }

    [Fact]
    public void Superman_gazes_at_the_floor_to_keep_the_neck_neutral()
    {
        var text = Text("superman.standard");
        Assert.Contains("eyes on the floor", text);
        Assert.Contains("back of your neck stays long and in line with your spine", text);
    }

    [Fact]
    public void Bridge_squeezes_the_glutes_at_the_top()
    {
        Assert.Contains("pause at the highest point and clench your buttocks", Text("bridge.standard"));
    }

    [Theory]
    [InlineData("plank.knees", "forearms")]
    [InlineData("bird-dog.arm-only", "one arm")]
    [InlineData("bird-dog.leg-only", "one leg")]
    [InlineData("side-plank.knees", "knees bent")]
    [InlineData("plank.knees", "knees")]
    public void The_articles_own_modifications_are_kept_as_easier_variations(string variationId, string phrase)
    {
        var exercise = Library.ExerciseOf(variationId);
        Assert.True(exercise.IndexOf(variationId) < exercise.StandardIndex);
        Assert.Contains(phrase, Text(variationId));
    }

    [Theory]
    [InlineData("squat.sit-to-stand", Equipment.Chair)]
    [InlineData("hip-hinge.wall", Equipment.Wall)]
    [InlineData("plank.wall", Equipment.Wall)]
    public void Physiotherapy_regressions_are_the_first_rung_and_need_only_furniture(string variationId, Equipment needed)
    {
        var variation = Library.GetVariation(variationId);
        Assert.Same(variation, Library.ExerciseOf(variationId).Variations[0]);
        Assert.Equal(needed, variation.RequiredEquipment);
        Assert.False(variation.Position.IsOnFloor());
    }

    [Theory]
    [InlineData("pallof", "pallof-press")]
    [InlineData("Pall of press", "pallof-press")]
    [InlineData("Bird-dog", "bird-dog")]
    [InlineData("birddog", "bird-dog")]
    [InlineData("supermans", "superman")]
    [InlineData("RDL", "kickstand-rdl")]
    [InlineData("glute bridge", "bridge")]
    [InlineData("rows", "bent-over-row")]
    [InlineData("can I swap the side plank?", "side-plank")]
    [InlineData("my planks were easy", "plank")]
    [InlineData("pull-aparts", "banded-pull-apart")]
    public void Finds_an_exercise_by_the_names_people_type(string typed, string expectedId)
    {
        Assert.Equal(expectedId, Library.FindByName(typed)?.Id);
    }

    [Fact]
    public void Finds_nothing_for_text_that_names_no_exercise()
    {
        Assert.Null(Library.FindByName("my back feels better today"));
    }

    [Fact]
    public void Unknown_ids_are_reported_clearly()
    {
        Assert.Throws<KeyNotFoundException>(() => Library.GetExercise("crunch"));
        Assert.Throws<KeyNotFoundException>(() => Library.GetVariation("plank.upside-down"));
    }

    // Office workers' chairs are usually on wheels, which roll away from someone sitting down, standing up or leaning on them.
    [Fact]
    public void Every_step_that_uses_a_chair_asks_for_one_without_wheels()
    {
        var chairSteps = Library.Exercises.SelectMany(e => e.Variations).SelectMany(v => v.Steps)
            .Where(step => step.Contains("chair", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(chairSteps);
        Assert.All(chairSteps, step => Assert.Contains("without wheels", step, StringComparison.Ordinal));
    }

    private static int Volume(Exercise exercise, Dose dose) =>
        dose.Sets * (dose.Reps is { } reps ? reps * (exercise.SecondsPerRep + (dose.HoldSeconds ?? 0)) : dose.HoldSeconds ?? 0);

    private static string Text(string variationId)
    {
        var v = Library.GetVariation(variationId);
        return string.Join(" ", v.Steps.Concat(v.FormCues).Append(v.Name)).ToLowerInvariant();
    }
}
