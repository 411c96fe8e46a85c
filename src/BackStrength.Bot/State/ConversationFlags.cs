namespace BackStrength.Bot.State;

/// <summary>
/// Per-conversation bookkeeping of the host itself (not of the coaching flow): whether this conversation has
/// been welcomed, and when it last pointed the person's reminder here. Kept apart from the coaching state so a
/// "start over" never re-sends the welcome.
/// </summary>
public sealed class ConversationFlags
{
    public bool Welcomed { get; set; }

    public DateTimeOffset? ReminderFollowCheckedAt { get; set; }
}
