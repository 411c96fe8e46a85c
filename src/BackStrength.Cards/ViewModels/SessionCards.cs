using Newtonsoft.Json;

namespace BackStrength.Cards.ViewModels;

// The data contracts of the cards of a session. cards/README.md describes each field.

public sealed record PlanCard(
    string Title,
    int TotalMinutes,
    IReadOnlyList<PlanExercise> Exercises,
    bool IsGentle = false,
    string? GentleNotice = null,
    IReadOnlyList<string>? Equipment = null,
    string? Notice = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Plan;
}

public sealed record PlanExercise(
    string ExerciseId,
    string Name,
    string VariationName,
    string Dose,
    string Reason,
    string? ImageUrl = null,
    string? ImageAltText = null);

/// <summary>
/// One exercise. Set <see cref="ShowSessionActions"/> during a session; leave it false for a lookup.
/// </summary>
public sealed record ExerciseCard(
    string ExerciseId,
    string Name,
    string VariationName,
    IReadOnlyList<string> Steps,
    string Dose,
    bool ShowSessionActions = false,
    int? Position = null,
    int? Total = null,
    string? ChangeNote = null,
    string? WhyItHelps = null,
    string? ImageUrl = null,
    string? ImageAltText = null,
    IReadOnlyList<string>? FormCues = null,
    IReadOnlyList<string>? CommonMistakes = null,
    string? WhenToStop = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Exercise;
}

/// <summary><see cref="ExerciseName"/> reads mid-sentence: "How did the bird dog feel?".</summary>
public sealed record FeelingCard(string? ExerciseId = null, string? ExerciseName = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Feeling;
}

/// <summary><see cref="PainBefore"/> and <see cref="PainAfter"/> are back pain 0-10 at the start and end of the session.</summary>
public sealed record SummaryCard(
    IReadOnlyList<CompletedExercise> Completed,
    string Encouragement,
    int? Minutes = null,
    IReadOnlyList<string>? Skipped = null,
    IReadOnlyList<string>? NextTime = null,
    int? PainBefore = null,
    int? PainAfter = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Summary;
}

/// <summary><see cref="Feeling"/> is display text, e.g. "About right".</summary>
public sealed record CompletedExercise(string ExerciseId, string Name, string VariationName, string Feeling);

public sealed record PainAdviceCard(
    IReadOnlyList<string> Advice,
    string? ExerciseId = null,
    string? ExerciseName = null,
    bool CanGoEasier = false,
    string? EasierName = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.PainAdvice;
}
