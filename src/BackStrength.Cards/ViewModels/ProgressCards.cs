using Newtonsoft.Json;

namespace BackStrength.Cards.ViewModels;

// The data contract of the progress card. cards/README.md describes each field.

/// <summary><see cref="SessionCount"/> counts every stored session; <see cref="Sessions"/> may list only the latest.</summary>
public sealed record ProgressCard(
    int SessionCount,
    IReadOnlyList<ProgressSession> Sessions,
    IReadOnlyList<ProgressLevel> Levels) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Progress;
}

/// <summary><see cref="Date"/> is display text in the person's time, e.g. "Wed 25 Nov".</summary>
public sealed record ProgressSession(string Date, int Exercises, int PainBefore, int? PainAfter);

/// <summary>Level 1 is the easiest variation of the exercise, <see cref="LevelCount"/> the hardest.</summary>
public sealed record ProgressLevel(string ExerciseId, string Name, string VariationName, int Level, int LevelCount);
