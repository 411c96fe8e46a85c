using Newtonsoft.Json;

namespace BackStrength.Cards.ViewModels;

// The data contracts of the cards shown before the first session. cards/README.md describes each field.

/// <param name="LastSession">For someone who has done a session before: when, and what; the card then welcomes them back.</param>
public sealed record WelcomeCard(string? UserName = null, string? LastSession = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Welcome;
}

public sealed record DisclaimerCard(string DisclaimerText, IReadOnlyList<string>? SeekCareSigns = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Disclaimer;
}

/// <summary>Submitted as input <c>redFlags</c>: the ticked ids joined by commas, or <c>none</c>.</summary>
public sealed record SafetyCheckCard(IReadOnlyList<RedFlagChoice> RedFlags) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.SafetyCheck;
}

public sealed record RedFlagChoice(string Id, string Name);

public sealed record AssessmentCard(bool IsUpdate = false, AssessmentValues? Values = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Assessment;
}

/// <summary>
/// A returning user's answers, prefilled in the form. <see cref="Experience"/> is new, some or regular;
/// <see cref="Equipment"/> holds band, door, weights and chair; <see cref="Focus"/> is lowerBack, upperBack or core.
/// </summary>
public sealed record AssessmentValues(
    int? PainNow = null,
    bool PainBelowKnee = false,
    string? Experience = null,
    bool CanGetToFloor = false,
    bool KneelingComfortable = false,
    IReadOnlyList<string>? Equipment = null,
    int? Minutes = null,
    string? Focus = null);

public sealed record QuickCheckCard(string? UserName = null, string? LastSession = null, int? PainNow = null, int? Minutes = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.QuickCheck;
}
