namespace BackStrength.Understanding.Tests;

/// <summary>An exercise of the plan named by its place rather than its name: "swap the second one", "number 3".</summary>
public class PlanPlaceTests
{
    [Theory]
    [InlineData("can i swap the second one", 2, PlanPlaceFrom.Start)]
    [InlineData("swap the 4th one", 4, PlanPlaceFrom.Start)]
    [InlineData("what does number 3 look like", 3, PlanPlaceFrom.Start)]
    [InlineData("make exercise two easier", 2, PlanPlaceFrom.Start)]
    [InlineData("make the last one easier", 1, PlanPlaceFrom.End)]
    [InlineData("swap the final exercise", 1, PlanPlaceFrom.End)]
    [InlineData("swap the next one", 1, PlanPlaceFrom.Current)]
    [InlineData("what does the next exercise look like", 1, PlanPlaceFrom.Current)]
    [InlineData("swap this for the plank", 0, PlanPlaceFrom.Current)]
    public void Reads_the_place_named(string text, int number, PlanPlaceFrom from)
    {
        Assert.Equal(new PlanPlace(number, from), ExerciseLibraryNames.Recognizer.Recognize(text).Place);
    }

    [Theory]
    [InlineData("next")]
    [InlineData("next please")]
    [InlineData("wait a second")]
    [InlineData("last time it hurt")]
    [InlineData("first time doing this")]
    [InlineData("how do i do this")]
    [InlineData("swap this one")]
    [InlineData("3")]
    public void Names_no_place_where_there_is_none(string text)
    {
        Assert.Null(ExerciseLibraryNames.Recognizer.Recognize(text).Place);
    }

    [Theory]
    [InlineData(2, PlanPlaceFrom.Start, 7, 0, 1)]
    [InlineData(1, PlanPlaceFrom.End, 7, 0, 6)]
    [InlineData(1, PlanPlaceFrom.Current, 7, 2, 3)]
    [InlineData(1, PlanPlaceFrom.Current, 7, -1, 0)]
    [InlineData(0, PlanPlaceFrom.Current, 7, 2, 2)]
    public void A_place_is_an_index_into_the_plan(int number, PlanPlaceFrom from, int count, int current, int expected)
    {
        Assert.Equal(expected, new PlanPlace(number, from).IndexIn(count, current));
    }

    [Theory]
    [InlineData(9, PlanPlaceFrom.Start, 7, 0)]
    [InlineData(1, PlanPlaceFrom.Current, 7, 6)]
    [InlineData(8, PlanPlaceFrom.End, 7, 0)]
    [InlineData(0, PlanPlaceFrom.Current, 7, -1)]
    public void A_place_past_either_end_is_no_index(int number, PlanPlaceFrom from, int count, int current)
    {
        Assert.Null(new PlanPlace(number, from).IndexIn(count, current));
    }
}
