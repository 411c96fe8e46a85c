namespace BackStrength.Understanding.Matching;

/// <summary>An intent the message might express, and how strongly (0 to 1).</summary>
internal sealed record IntentCandidate(Intent Intent, double Score);
