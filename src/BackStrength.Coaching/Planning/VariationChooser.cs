using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Progress;

namespace BackStrength.Coaching.Planning;

/// <summary>Why a variation was chosen, beyond the exercise itself: the planner's explanation adds a note for all but the usual.</summary>
public enum ChoiceReason
{
    Usual,
    SteppedUp,
    SteppedDown,
    Gentle,

    /// <summary>A step below the last version done, because the last session was a long time ago.</summary>
    EasedAfterBreak,
}

internal sealed record VariationChoice(Exercise Exercise, Variation Variation, ChoiceReason Reason);

/// <summary>
/// Picks the variation of an exercise for this person today: start from experience or from the last variation
/// done, apply the progression step, then settle on the nearest rung that suits their position and kit.
/// </summary>
internal sealed class VariationChooser(Progression progression)
{
    /// <param name="afterLongBreak">The last session was long enough ago that what was done then starts a step easier.</param>
    /// <returns>The choice, or null when no variation of the exercise suits the person today.</returns>
    public VariationChoice? Choose(Exercise exercise, Assessment assessment, bool gentle, IReadOnlyList<SessionRecord> history, bool afterLongBreak = false)
    {
        if (gentle)
        {
            // A gentle plan keeps to the first rung; if that does not suit, the exercise is left out.
            var easiest = exercise.Variations[0];
            return easiest.Fits(assessment) ? new VariationChoice(exercise, easiest, ChoiceReason.Gentle) : null;
        }

        var decision = progression.Decide(exercise.Id, history, assessment.PainNow);
        // After a long break one step down, never two: a step down the history already asked for is that step.
        var easedAfterBreak = afterLongBreak && decision.LastVariationId is not null && decision.Step != ProgressionStep.StepDown;
        if (easedAfterBreak)
        {
            decision = decision with { Step = ProgressionStep.StepDown };
        }

        var lastIndex = decision.LastVariationId is null ? -1 : exercise.IndexOf(decision.LastVariationId);
        var target = lastIndex < 0
            ? StartingIndex(exercise, assessment.Experience)
            : Math.Clamp(lastIndex + Offset(decision.Step), 0, exercise.Variations.Count - 1);
        var chosen = NearestFitting(exercise, assessment, target);
        if (chosen < 0)
        {
            return null;
        }

        // Only credit the progression when it moved the person; a move forced by today's position or kit is not one.
        var reason = lastIndex < 0 ? ChoiceReason.Usual : (decision.Step, chosen.CompareTo(lastIndex)) switch
        {
            (ProgressionStep.StepUp, > 0) => ChoiceReason.SteppedUp,
            (ProgressionStep.StepDown, < 0) => easedAfterBreak ? ChoiceReason.EasedAfterBreak : ChoiceReason.SteppedDown,
            _ => ChoiceReason.Usual,
        };
        return new VariationChoice(exercise, exercise.Variations[chosen], reason);
    }

    /// <summary>
    /// True when the last session stopped this exercise because it hurt and nothing easier suits the person: offering
    /// the same movement again straight away would repeat what hurt. The session after, it comes back at its easiest.
    /// </summary>
    public static bool HurtAtItsEasiest(Exercise exercise, Assessment assessment, IReadOnlyList<SessionRecord> history)
    {
        var hurt = SessionHistory.NewestFirst(history).FirstOrDefault()?.Entries
            .LastOrDefault(e => e.ExerciseId == exercise.Id && e.Feeling == Feeling.StoppedForPain);
        var hurtIndex = hurt is null ? -1 : exercise.IndexOf(hurt.VariationId);
        return hurtIndex >= 0 && !exercise.Variations.Take(hurtIndex).Any(v => v.Fits(assessment));
    }

    // Newcomers start one rung below the standard version.
    private static int StartingIndex(Exercise exercise, Experience experience) =>
        experience == Experience.New ? exercise.StandardIndex - 1 : exercise.StandardIndex;

    private static int Offset(ProgressionStep step) => step switch
    {
        ProgressionStep.StepUp => 1,
        ProgressionStep.StepDown => -1,
        _ => 0,
    };

    // Prefer the target or something easier; only go harder when nothing easier suits.
    private static int NearestFitting(Exercise exercise, Assessment assessment, int target)
    {
        for (var i = target; i >= 0; i--)
        {
            if (exercise.Variations[i].Fits(assessment))
            {
                return i;
            }
        }

        for (var i = target + 1; i < exercise.Variations.Count; i++)
        {
            if (exercise.Variations[i].Fits(assessment))
            {
                return i;
            }
        }

        return -1;
    }
}
