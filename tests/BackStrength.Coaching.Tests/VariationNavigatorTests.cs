using BackStrength.Coaching.Exercises;
using CsCheck;

namespace BackStrength.Coaching.Tests;

public class VariationNavigatorTests
{
    private static readonly Assessment NoKneeling = People.Able with { KneelingComfortable = false };

    [Fact]
    public void Easier_moves_one_rung_down_and_says_what_changes()
    {
        var result = Shipped.Navigator.Easier("plank.standard", People.Able);

        Assert.Equal("plank.knees", result.Variation?.Id);
        Assert.False(result.AtEndOfChain);
        Assert.Equal(Shipped.Library.GetVariation("plank.knees").WhatChanges, result.WhatChanges);
    }

    [Fact]
    public void Easier_steps_over_a_rung_that_needs_kneeling_when_kneeling_hurts()
    {
        var result = Shipped.Navigator.Easier("plank.standard", NoKneeling);

        Assert.Equal("plank.wall", result.Variation?.Id);
    }

    [Theory]
    [InlineData("plank.standard", Position.Standing, "plank.wall")]
    [InlineData("pallof-press.standard", Position.Seated, "pallof-press.seated")]
    [InlineData("pallof-press.seated", Position.Kneeling, "pallof-press.half-kneeling")]
    [InlineData("bird-dog.standard", Position.Standing, null)]
    [InlineData("bent-over-row.standard", Position.Seated, null)]
    public void NearestIn_finds_the_version_done_in_a_position_only_where_the_exercise_has_one(string variationId, Position position, string? expected)
    {
        Assert.Equal(expected, Shipped.Navigator.NearestIn(variationId, People.Able, [position])?.Id);
    }

    [Fact]
    public void NearestIn_keeps_to_what_suits_the_person()
    {
        Assert.Null(Shipped.Navigator.NearestIn("pallof-press.standard", NoKneeling, [Position.Kneeling]));
    }

    [Fact]
    public void Below_the_easiest_rung_the_gentler_alternative_is_offered()
    {
        var result = Shipped.Navigator.Easier("bird-dog.arm-only", People.Able);

        Assert.True(result.AtEndOfChain);
        Assert.Null(result.Variation);
        Assert.Equal("plank", result.GentlerAlternative?.Id);
        Assert.Equal("plank.wall", result.GentlerAlternativeVariation?.Id);
        Assert.NotNull(result.WhatChanges);
    }

    [Theory]
    [InlineData("bridge.small", "squat", "squat.sit-to-stand")]
    [InlineData("superman.alternate", "hip-hinge", "hip-hinge.wall")]
    public void The_gentler_alternative_suits_someone_who_cannot_get_to_the_floor(string variationId, string alternativeId, string startId)
    {
        var result = Shipped.Navigator.Easier(variationId, People.AtDesk);

        Assert.Equal(alternativeId, result.GentlerAlternative?.Id);
        Assert.Equal(startId, result.GentlerAlternativeVariation?.Id);
    }

    [Fact]
    public void Harder_moves_one_rung_up()
    {
        Assert.Equal("plank.reach", Shipped.Navigator.Harder("plank.standard", People.Able).Variation?.Id);
    }

    [Fact]
    public void Harder_at_the_top_of_the_chain_says_so()
    {
        var result = Shipped.Navigator.Harder("plank.reach", People.Able);

        Assert.True(result.AtEndOfChain);
        Assert.Null(result.Variation);
        Assert.Null(result.GentlerAlternative);
    }

    [Theory]
    [InlineData("pallof-press.standard")]
    [InlineData("bent-over-row.standard")]
    public void Harder_never_suggests_a_variation_the_person_cannot_do(string variationId)
    {
        var cannotKneelNoWeights = NoKneeling with { Equipment = Equipment.ResistanceBand | Equipment.DoorAnchor };

        Assert.True(Shipped.Navigator.Harder(variationId, cannotKneelNoWeights).AtEndOfChain);
    }

    [Fact]
    public void Swap_offers_another_exercise_for_the_same_area_not_already_planned()
    {
        var result = Shipped.Navigator.Swap("plank", People.AtDesk, ["plank", "pallof-press"]);

        Assert.True(result.Found);
        Assert.Equal("side-plank", result.Exercise?.Id);
        Assert.Equal("side-plank.wall", result.Variation?.Id);
    }

    [Fact]
    public void Swap_reports_when_nothing_else_for_the_area_suits()
    {
        var result = Shipped.Navigator.Swap("plank", People.AtDesk, ["side-plank"]);

        Assert.False(result.Found);
        Assert.Null(result.Variation);
    }

    [Fact]
    public void Swap_in_a_gentle_plan_keeps_to_the_first_rung()
    {
        var result = Shipped.Navigator.Swap("bridge", People.Able, [], gentle: true);

        Assert.Equal("squat.sit-to-stand", result.Variation?.Id);
    }

    [Fact]
    public void Every_suggestion_suits_the_person()
    {
        Gen.Select(Generators.VariationId, Generators.Assessment).Sample(
            input =>
            {
                var (variationId, person) = input;
                var navigator = Shipped.Navigator;
                var exerciseId = Shipped.Library.ExerciseOf(variationId).Id;
                var easier = navigator.Easier(variationId, person);
                var harder = navigator.Harder(variationId, person);
                var swap = navigator.Swap(exerciseId, person, [exerciseId]);
                var suggestions = new[] { easier.Variation, easier.GentlerAlternativeVariation, harder.Variation, swap.Variation };
                return suggestions.OfType<Variation>().All(v => v.Fits(person))
                    && (easier.Variation is null || IndexOf(easier.Variation.Id) < IndexOf(variationId))
                    && (harder.Variation is null || IndexOf(harder.Variation.Id) > IndexOf(variationId))
                    && swap.Exercise?.Id != exerciseId;
            },
            iter: 500,
            threads: 1);
    }

    private static int IndexOf(string variationId) => Shipped.Library.ExerciseOf(variationId).IndexOf(variationId);
}
