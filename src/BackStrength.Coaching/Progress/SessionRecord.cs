namespace BackStrength.Coaching.Progress;

/// <summary>
/// One completed session. Positional records round-trip through both System.Text.Json and Newtonsoft, which
/// stores them in Bot Framework user state.
/// </summary>
public sealed record SessionRecord(DateTimeOffset Date, IReadOnlyList<SessionEntry> Entries);

/// <summary>How one exercise went in a session.</summary>
/// <param name="PainBefore">Back pain 0-10 just before the exercise.</param>
/// <param name="PainAfter">Back pain 0-10 just after it; null when the session ended before it was asked.</param>
public sealed record SessionEntry(string ExerciseId, string VariationId, Feeling Feeling, int PainBefore, int? PainAfter);
