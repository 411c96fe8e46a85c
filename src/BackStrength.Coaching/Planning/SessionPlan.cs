using BackStrength.Coaching.Exercises;

namespace BackStrength.Coaching.Planning;

/// <summary>
/// A session to do today, in order. Positional records so both System.Text.Json and Newtonsoft can store it.
/// An empty plan means no exercise today (a red flag was reported).
/// </summary>
/// <param name="EquipmentNeeded">Kit the chosen variations cannot do without.</param>
/// <param name="IsGentle">Only the easiest variations, because of severe pain or pain below the knee.</param>
public sealed record SessionPlan(IReadOnlyList<PlannedExercise> Items, double TotalMinutes, Equipment EquipmentNeeded, bool IsGentle);

/// <param name="Why">
/// Why this variation was chosen; <see cref="PlanningText.Reason"/> puts it in words. The choice is kept rather than the
/// sentence, which would be stored and read with every message of the conversation.
/// </param>
public sealed record PlannedExercise(string ExerciseId, string VariationId, Dose Dose, ChoiceReason Why, double EstimatedMinutes);
