using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Progress;
using BackStrength.Coaching.Safety;

namespace BackStrength.Coaching;

/// <summary>
/// The coaching domain wired together once from the shipped content. Thin on purpose: it only holds the pieces.
/// Register it as a singleton; every member is immutable and safe to share between conversations.
/// </summary>
public sealed class CoachingServices
{
    public CoachingServices(ExerciseLibrary library, SafetyContent safety, PlanningText planningText)
    {
        Library = library;
        Safety = safety;
        PlanningText = planningText;
        Screen = new SafetyScreen(safety);
        Progression = new Progression();
        Planner = new SessionPlanner(library, planningText, Progression);
        Navigator = new VariationNavigator(library, Progression);
    }

    public ExerciseLibrary Library { get; }

    /// <summary>Disclaimer, red-flag questions and safety advice.</summary>
    public SafetyContent Safety { get; }

    public SafetyScreen Screen { get; }

    /// <summary>Display names of body areas and focuses, and which area each focus puts first.</summary>
    public PlanningText PlanningText { get; }

    public Progression Progression { get; }

    public SessionPlanner Planner { get; }

    public VariationNavigator Navigator { get; }

    /// <summary>Loads and validates the embedded content; throws <see cref="ContentValidationException"/> if it is wrong.</summary>
    public static CoachingServices CreateDefault() =>
        new(ExerciseLibrary.LoadDefault(), SafetyContent.LoadDefault(), PlanningText.LoadDefault());
}
