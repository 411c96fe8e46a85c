namespace BackStrength.Bot.Cards;

// The data contracts of the layouts in /cards (see cards/README.md). Property names bind as camelCase.

public sealed record WelcomeCard(string? UserName);

public sealed record DisclaimerCard(string DisclaimerText, IReadOnlyList<string> SeekCareSigns);

public sealed record SafetyCheckCard(IReadOnlyList<RedFlagChoice> RedFlags);

public sealed record RedFlagChoice(string Id, string Name);

public sealed record AssessmentCard(bool IsUpdate, AssessmentValues Values);

public sealed record AssessmentValues(
    int? PainNow,
    bool PainBelowKnee,
    string? Experience,
    bool CanGetToFloor,
    bool KneelingComfortable,
    IReadOnlyList<string> Equipment,
    int? Minutes,
    string? Focus);

public sealed record QuickCheckCard(string? UserName, string? LastSession, int? PainNow, int? Minutes);

public sealed record PlanCard(
    string Title,
    int TotalMinutes,
    bool IsGentle,
    string? GentleNotice,
    IReadOnlyList<string> Equipment,
    IReadOnlyList<PlanCardExercise> Exercises);

public sealed record PlanCardExercise(
    string ExerciseId,
    string Name,
    string VariationName,
    string Dose,
    string Reason,
    string? ImageUrl = null,
    string? ImageAltText = null);

public sealed record ExerciseCard(
    string ExerciseId,
    int? Position,
    int? Total,
    bool ShowSessionActions,
    string Name,
    string VariationName,
    string? ChangeNote,
    string WhyItHelps,
    IReadOnlyList<string> Steps,
    string Dose,
    IReadOnlyList<string> FormCues,
    IReadOnlyList<string> CommonMistakes,
    string WhenToStop,
    string? ImageUrl = null,
    string? ImageAltText = null);

public sealed record FeelingCard(string ExerciseId, string ExerciseName);

public sealed record SummaryCard(
    int Minutes,
    IReadOnlyList<SummaryCardEntry> Completed,
    IReadOnlyList<string> Skipped,
    IReadOnlyList<string> NextTime,
    string Encouragement);

public sealed record SummaryCardEntry(string ExerciseId, string Name, string VariationName, string Feeling);

public sealed record LibraryCard(IReadOnlyList<LibraryCardArea> Areas);

public sealed record LibraryCardArea(string Name, string Description, IReadOnlyList<LibraryCardExercise> Exercises);

public sealed record LibraryCardExercise(string ExerciseId, string Name, string Summary);

public sealed record HelpCard(bool InSession, string? InSessionNote);

public sealed record SafetyStopCard(IReadOnlyList<SafetyStopFlag> Flags, string UrgentAdvice);

public sealed record SafetyStopFlag(string Id, string Name, string Advice);

public sealed record PainAdviceCard(
    string ExerciseId,
    string ExerciseName,
    bool CanGoEasier,
    string? EasierName,
    IReadOnlyList<string> Advice);

public sealed record ForgetMeCard(IReadOnlyList<string> StoredItems);

public sealed record MessageCard(string Title, string Text, IReadOnlyList<MessageCardButton> Buttons);

public sealed record MessageCardButton(string Title, string Action);
