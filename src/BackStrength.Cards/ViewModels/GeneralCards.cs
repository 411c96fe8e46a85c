using Newtonsoft.Json;

namespace BackStrength.Cards.ViewModels;

// The data contracts of the cards available at any point. cards/README.md describes each field.

public sealed record LibraryCard(IReadOnlyList<LibraryArea> Areas) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Library;
}

public sealed record LibraryArea(string Name, IReadOnlyList<LibraryExercise> Exercises, string? Description = null);

public sealed record LibraryExercise(string ExerciseId, string Name, string Summary);

public sealed record HelpCard(bool InSession = false, string? InSessionNote = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Help;
}

public sealed record SafetyStopCard(IReadOnlyList<ReportedRedFlag> Flags, string? UrgentAdvice = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.SafetyStop;
}

public sealed record ReportedRedFlag(string Id, string Name, string Advice);

public sealed record ForgetMeCard(IReadOnlyList<string>? StoredItems = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.ForgetMe;
}

public sealed record MessageCard(string Text, string? Title = null, IReadOnlyList<MessageButton>? Buttons = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Message;
}

/// <summary>A button sending <see cref="Action"/> (one of <see cref="CardActions"/>) and, if it needs them, the extra fields.</summary>
public sealed record MessageButton(string Title, string Action, string? ExerciseId = null, string? Feeling = null);
