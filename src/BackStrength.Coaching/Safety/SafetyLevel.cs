namespace BackStrength.Coaching.Safety;

public enum SafetyLevel
{
    /// <summary>Nothing found that changes the plan.</summary>
    Clear,

    /// <summary>Severe pain or pain below the knee: only the gentlest plan, and advice to see a clinician.</summary>
    GentleOnly,

    /// <summary>A red flag: no exercise today, seek care now.</summary>
    Stop,
}
