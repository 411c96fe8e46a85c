using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Safety;

namespace BackStrength.Coaching.Tests;

/// <summary>The content that ships, loaded once: the tests exercise the real files, not stand-ins.</summary>
internal static class Shipped
{
    private static readonly Lazy<CoachingServices> Lazy = new(CoachingServices.CreateDefault);

    public static CoachingServices Services => Lazy.Value;

    public static ExerciseLibrary Library => Services.Library;

    public static SafetyScreen Screen => Services.Screen;

    public static SessionPlanner Planner => Services.Planner;

    public static VariationNavigator Navigator => Services.Navigator;

    public static string ReadFile(string fileName)
    {
        using var stream = ContentFiles.OpenEmbedded(fileName);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static Stream AsStream(string json) => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));

    /// <summary>The line the plan card shows on why the item is in the plan, for a person with this focus.</summary>
    public static string Reason(this PlannedExercise item, Focus? focus = null) =>
        Services.PlanningText.Reason(Library.GetExercise(item.ExerciseId), focus, item.Why);
}

/// <summary>Assessments for tests: a fit person with everything to hand, adjusted with <c>with</c>.</summary>
internal static class People
{
    public static Assessment Able { get; } = new(
        PainNow: 2,
        Experience: Experience.Some,
        CanGetToFloor: true,
        KneelingComfortable: true,
        Equipment: Equipment.ResistanceBand | Equipment.DoorAnchor | Equipment.Weights | Equipment.Chair,
        MinutesAvailable: 20,
        Focus: null,
        PainSpreadsBelowKnee: false);

    /// <summary>An office worker at a desk: no floor work, no kit beyond a chair.</summary>
    public static Assessment AtDesk { get; } = Able with
    {
        CanGetToFloor = false,
        KneelingComfortable = false,
        Equipment = Equipment.Chair,
        MinutesAvailable = 10,
    };
}
