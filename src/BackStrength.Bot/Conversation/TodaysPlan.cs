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
public sealed class TodaysPlan(SessionPlanner planner, VariationNavigator navigator, SafetyScreen screen)
{
    public SessionPlan Create(Assessment assessment, UserProfile profile) =>
        planner.Plan(assessment, screen.Evaluate(assessment, []), profile.History);

    /// <summary>Every exercise one step easier where it can go; false when all are already at their easiest.</summary>
    public bool MakeEasier(CoachingState state)
    {
        if (state.Plan is null || state.Assessment is null)
        {
            return false;
        }

        var changed = false;
        for (var index = 0; index < state.Plan.Items.Count; index++)
        {
            var easier = navigator.Easier(state.Plan.Items[index].VariationId, state.Assessment);
            if (easier.Variation is not null)
            {
                Replace(state, index, easier.Exercise, easier.Variation);
                changed = true;
            }
        }

        return changed;
    }

    /// <summary>Puts a new exercise or variation in the plan's place <paramref name="index"/>.</summary>
    public void Replace(CoachingState state, int index, Exercise exercise, Variation variation)
    {
        state.Plan = planner.ReplaceItem(state.Plan!, index, exercise, variation, state.Assessment!);
        // Only the exercise on screen becomes the current one: changing one still to come, or one at the plan, leaves it be.
        if (state.HasCurrentExercise && state.Session!.Index == index)
        {
            state.CurrentVariationId = variation.Id;
        }
    }
}
