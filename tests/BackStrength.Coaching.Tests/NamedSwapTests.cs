using BackStrength.Coaching.Planning;

namespace BackStrength.Coaching.Tests;

/// <summary>
/// "Swap the bird dog for a plank": the exercise named comes in, in the version the planner would choose for the person
/// today, unless it is in the plan already or none of its versions suits their positions and kit.
/// </summary>
public class NamedSwapTests
{
    [Fact]
    public void The_exercise_named_comes_in_at_the_version_the_planner_would_choose()
    {
        var result = Shipped.Navigator.SwapTo("side-plank", People.Able, ["bird-dog", "plank"]);

        Assert.Equal(SwapRefusal.None, result.Refused);
        Assert.Equal("side-plank", result.Exercise?.Id);
        Assert.Equal("side-plank.standard", result.Variation?.Id);
    }

    [Fact]
    public void Another_area_may_be_named()
    {
        var result = Shipped.Navigator.SwapTo("squat", People.AtDesk, ["bent-over-row"]);

        Assert.Equal("squat", result.Exercise?.Id);
    }

    [Fact]
    public void An_exercise_already_planned_is_refused_as_such()
    {
        var result = Shipped.Navigator.SwapTo("plank", People.Able, ["bird-dog", "plank"]);

        Assert.False(result.Found);
        Assert.Equal(SwapRefusal.AlreadyInPlan, result.Refused);
    }

    [Theory]
    [InlineData("bridge")]
    [InlineData("pallof-press")]
    public void An_exercise_no_version_of_which_suits_is_refused_as_such(string wanted)
    {
        var result = Shipped.Navigator.SwapTo(wanted, People.AtDesk, ["squat"]);

        Assert.False(result.Found);
        Assert.Equal(SwapRefusal.DoesNotFit, result.Refused);
    }

    [Fact]
    public void A_gentle_plan_takes_the_first_rung_only()
    {
        Assert.Equal("bridge.small", Shipped.Navigator.SwapTo("bridge", People.Able, [], gentle: true).Variation?.Id);
        var bandNoChair = People.Able with { Equipment = Equipment.ResistanceBand | Equipment.DoorAnchor };
        Assert.Equal(SwapRefusal.DoesNotFit, Shipped.Navigator.SwapTo("pallof-press", bandNoChair, [], gentle: true).Refused);
        Assert.True(Shipped.Navigator.SwapTo("pallof-press", bandNoChair, []).Found);
    }
}
