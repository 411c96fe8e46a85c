namespace BackStrength.Understanding;

/// <summary>Where a message counts an exercise's place from: the plan's start, its end, or the exercise on screen.</summary>
public enum PlanPlaceFrom
{
    /// <summary>"The second one", "number 3": 1 is the plan's first exercise.</summary>
    Start,

    /// <summary>"The last one": 1 is the plan's last exercise.</summary>
    End,

    /// <summary>"The next one": 1 is the exercise after the one on screen, and 0 the one on screen ("swap this for the plank").</summary>
    Current,
}

/// <summary>An exercise of the plan named by its place rather than its name: "swap the second one", "what does number 3 look like".</summary>
/// <param name="Number">How many places from <paramref name="From"/>, counting from 1.</param>
public sealed record PlanPlace(int Number, PlanPlaceFrom From)
{
    /// <summary>The exercise on screen, said before what replaces it: "swap this for the plank".</summary>
    public static PlanPlace OnScreen { get; } = new(0, PlanPlaceFrom.Current);

    /// <summary>
    /// The place as an index into a plan of <paramref name="count"/> exercises, with <paramref name="current"/> the index
    /// of the exercise on screen (-1 before the session starts, so "the next one" is the first); null past either end.
    /// </summary>
    public int? IndexIn(int count, int current)
    {
        var index = From switch
        {
            PlanPlaceFrom.End => count - Number,
            PlanPlaceFrom.Current => current + Number,
            _ => Number - 1,
        };
        return index >= 0 && index < count ? index : null;
    }
}
