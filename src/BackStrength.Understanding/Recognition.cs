namespace BackStrength.Understanding;

/// <summary>The recognizer's reading of one message.</summary>
/// <param name="Intent">The single intent the message expresses, or <see cref="Intent.None"/> when unsure.</param>
/// <param name="Confidence">0 to 1; at least the recognizer's threshold for any intent but None, and 0 for None.</param>
/// <param name="ExerciseId">The exercise the message names, whatever the intent ("easier bird dog" fills it too).</param>
/// <param name="Number">The first number in the message, written as digits or words (pain scores, minutes).</param>
/// <param name="Minutes">The first length of time, with its unit, in minutes ("half an hour" is 30, "20 mins" 20).</param>
/// <param name="Score">The first number that is not an amount of something: 4 in "have 15 mins, pain about 4".</param>
/// <param name="Place">An exercise of the plan named by its place ("the second one", "number 3", "the next one").</param>
/// <param name="Replacement">
/// The exercise the message asks for in place of another ("swap the bird dog for a plank": the plank); the one to change
/// is then <paramref name="ExerciseId"/>, or, when that is null, the one on screen ("swap this for a plank").
/// </param>
/// <param name="WholePlan">Whether the message speaks of every exercise of the plan ("make the whole plan harder", "everything is too easy").</param>
public sealed record Recognition(Intent Intent, double Confidence, string? ExerciseId = null, int? Number = null, int? Minutes = null, int? Score = null,
    PlanPlace? Place = null, bool WholePlan = false, string? Replacement = null);
