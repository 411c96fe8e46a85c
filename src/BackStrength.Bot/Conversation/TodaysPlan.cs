using BackStrength.Bot.State;
using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Safety;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// Makes and changes today's plan in the conversation state, so every path (the plan card's buttons, typed
/// requests mid-session) changes it the same way.
/// </summary>
public sealed class TodaysPlan(SessionPlanner planner, VariationNavigator navigator, SafetyScreen screen, TimeProvider clock)
{
    public SessionPlan Create(Assessment assessment, UserProfile profile) =>
        planner.Plan(assessment, screen.Evaluate(assessment, []), profile.History, clock.GetUtcNow());

    /// <summary>
    /// Every exercise of the plan from <paramref name="from"/> on, one version easier or harder where it has one that
    /// suits the person today; returns the exercises that have none, which stay as they are.
    /// </summary>
    public IReadOnlyList<Exercise> StepEvery(CoachingState state, bool harder, int from)
    {
        var unchanged = new List<Exercise>();
        for (var index = from; index < state.Plan!.Items.Count; index++)
        {
            var variationId = state.Plan.Items[index].VariationId;
            var step = harder ? navigator.Harder(variationId, state.Assessment!) : navigator.Easier(variationId, state.Assessment!);
            if (step.Variation is null)
            {
                unchanged.Add(step.Exercise);
            }
            else
            {
                ReplaceInPlace(state, index, step.Exercise, step.Variation);
            }
        }

        KeepFloorTogether(state);
        return unchanged;
    }

    /// <summary>
    /// Puts a new exercise or variation in the plan's place <paramref name="index"/>, then orders what is still to come as
    /// a new plan would be, so a floor exercise swapped in among standing ones does not add a second trip to the floor.
    /// </summary>
    public void Replace(CoachingState state, int index, Exercise exercise, Variation variation)
    {
        ReplaceInPlace(state, index, exercise, variation);
        KeepFloorTogether(state);
    }

    // Only exercises still to come move: those done and the one on screen stay where they are.
    private void KeepFloorTogether(CoachingState state) =>
        state.Plan = planner.InPlanOrder(state.Plan!, state.HasCurrentExercise ? state.Session!.Index + 1 : 0);

    private void ReplaceInPlace(CoachingState state, int index, Exercise exercise, Variation variation)
    {
        state.Plan = planner.ReplaceItem(state.Plan!, index, exercise, variation, state.Assessment!);
        // Only the exercise on screen becomes the current one: changing one still to come, or one at the plan, leaves it be.
        if (state.HasCurrentExercise && state.Session!.Index == index)
        {
            state.CurrentVariationId = variation.Id;
        }
    }
}
