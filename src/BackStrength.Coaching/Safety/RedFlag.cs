namespace BackStrength.Coaching.Safety;

/// <summary>A sign that needs medical care before any exercise.</summary>
/// <param name="Question">How the bot asks about it during the check-in.</param>
/// <param name="Advice">What to tell the person when it is present.</param>
public sealed record RedFlag(string Id, string Name, string Question, string Advice);
