using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Progress;

namespace BackStrength.Coaching.Planning;

/// <summary>
/// Moves along an exercise's chain of variations on request ("too hard", "too easy", "something else"). Every
/// suggestion still suits the person's positions and kit; variations that do not are stepped over.
/// </summary>
public sealed class VariationNavigator(ExerciseLibrary library, Progression progression)
{
    private readonly VariationChooser _chooser = new(progression);

    /// <exception cref="KeyNotFoundException">Unknown variation id.</exception>
    public NavigationResult Easier(string variationId, Assessment assessment)
    {
        var exercise = library.ExerciseOf(variationId);
        var easier = Step(exercise, variationId, assessment, -1);
        if (easier is not null)
        {
            return new NavigationResult(exercise, easier, AtEndOfChain: false, null, null);
        }

        var (alternative, start) = GentlerAlternative(exercise, assessment);
        return new NavigationResult(exercise, null, AtEndOfChain: true, alternative, start);
    }

    /// <exception cref="KeyNotFoundException">Unknown variation id.</exception>
    public NavigationResult Harder(string variationId, Assessment assessment)
    {
        var exercise = library.ExerciseOf(variationId);
        var harder = Step(exercise, variationId, assessment, +1);
        return new NavigationResult(exercise, harder, AtEndOfChain: harder is null, null, null);
    }

    /// <summary>Another exercise for the same body area that suits the person and is not already in the plan.</summary>
    /// <param name="gentle">Keep to first rungs, as in a gentle plan.</param>
    /// <exception cref="KeyNotFoundException">Unknown exercise id.</exception>
    public SwapResult Swap(string exerciseId, Assessment assessment, IReadOnlyCollection<string> exerciseIdsAlreadyInPlan, bool gentle = false)
    {
        ArgumentNullException.ThrowIfNull(exerciseIdsAlreadyInPlan);
        var current = library.GetExercise(exerciseId);
        var replacement = library.Exercises
            .Where(e => e.Area == current.Area && e.Id != exerciseId && !exerciseIdsAlreadyInPlan.Contains(e.Id))
            .Select(e => _chooser.Choose(e, assessment, gentle, []))
            .OfType<VariationChoice>()
            .FirstOrDefault();
        return new SwapResult(replacement?.Exercise, replacement?.Variation);
    }

    /// <summary>
    /// The exercise the person named to take another's place ("swap the bird dog for a plank"), in the version the planner
    /// would choose for them today, or why it cannot come in: it is in the plan already, or no version suits them.
    /// </summary>
    /// <param name="gentle">Keep to first rungs, as in a gentle plan.</param>
    /// <exception cref="KeyNotFoundException">Unknown exercise id.</exception>
    public SwapResult SwapTo(string wantedId, Assessment assessment, IReadOnlyCollection<string> exerciseIdsAlreadyInPlan, bool gentle = false)
    {
        ArgumentNullException.ThrowIfNull(exerciseIdsAlreadyInPlan);
        var wanted = library.GetExercise(wantedId);
        if (exerciseIdsAlreadyInPlan.Contains(wantedId))
        {
            return new SwapResult(null, null, SwapRefusal.AlreadyInPlan);
        }

        return _chooser.Choose(wanted, assessment, gentle, []) is { } choice
            ? new SwapResult(choice.Exercise, choice.Variation)
            : new SwapResult(null, null, SwapRefusal.DoesNotFit);
    }

    /// <summary>
    /// The places in <paramref name="plannedExerciseIds"/> that the exercise <paramref name="wantedId"/> could take when the
    /// person names only what should come in ("can I do a side plank instead?"): those of its own body area, narrowed to
    /// its closest kin (one is the other's gentler alternative, as the plank is the side plank's) when that leaves just one.
    /// One place is the answer; several mean the person has to say which; none, that nothing planned works its area.
    /// </summary>
    /// <exception cref="KeyNotFoundException">Unknown exercise id.</exception>
    public IReadOnlyList<int> StandInPlaces(string wantedId, IReadOnlyList<string> plannedExerciseIds, int from = 0)
    {
        ArgumentNullException.ThrowIfNull(plannedExerciseIds);
        var wanted = library.GetExercise(wantedId);
        var sameArea = Enumerable.Range(from, Math.Max(0, plannedExerciseIds.Count - from))
            .Where(i => plannedExerciseIds[i] != wantedId && library.GetExercise(plannedExerciseIds[i]).Area == wanted.Area)
            .ToList();
        var kin = sameArea.Where(i => AreKin(wanted, library.GetExercise(plannedExerciseIds[i]))).ToList();
        return kin.Count == 1 ? kin : sameArea;
    }

    private static bool AreKin(Exercise one, Exercise other) =>
        one.GentlerAlternativeId == other.Id || other.GentlerAlternativeId == one.Id;

    /// <summary>
    /// The version of the exercise done in one of <paramref name="positions"/> that suits the person and is nearest
    /// to the given one (the easier of two equally near), or null when the exercise has no such version.
    /// </summary>
    /// <exception cref="KeyNotFoundException">Unknown variation id.</exception>
    public Variation? NearestIn(string variationId, Assessment assessment, IReadOnlyCollection<Position> positions)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(positions);
        var exercise = library.ExerciseOf(variationId);
        var index = exercise.IndexOf(variationId);
        return exercise.Variations
            .Where(v => positions.Contains(v.Position) && v.Fits(assessment))
            .OrderBy(v => Math.Abs(exercise.IndexOf(v.Id) - index))
            .ThenBy(v => exercise.IndexOf(v.Id))
            .FirstOrDefault();
    }

    private static Variation? Step(Exercise exercise, string variationId, Assessment assessment, int direction)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        for (var i = exercise.IndexOf(variationId) + direction; i >= 0 && i < exercise.Variations.Count; i += direction)
        {
            if (exercise.Variations[i].Fits(assessment))
            {
                return exercise.Variations[i];
            }
        }

        return null;
    }

    // Follows the chain of gentler alternatives until one has a variation that suits, never coming back round.
    private (Exercise? Exercise, Variation? Variation) GentlerAlternative(Exercise exercise, Assessment assessment)
    {
        var visited = new HashSet<string> { exercise.Id };
        var candidate = library.GetExercise(exercise.GentlerAlternativeId);
        while (visited.Add(candidate.Id))
        {
            var easiest = candidate.Variations.FirstOrDefault(v => v.Fits(assessment));
            if (easiest is not null)
            {
                return (candidate, easiest);
            }

            candidate = library.GetExercise(candidate.GentlerAlternativeId);
        }

        return (null, null);
    }
}
