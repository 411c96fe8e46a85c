namespace BackStrength.Bot.State;

/// <summary>
/// Per-conversation bookkeeping of the host itself (not of the coaching flow): whether this conversation has
/// been welcomed. Kept apart from the coaching state so a "start over" never re-sends the welcome.
/// </summary>
public sealed class ConversationFlags
{
    public bool Welcomed { get; set; }
}
