namespace BackStrength.Bot.Conversation;

/// <summary>
/// How many unreadable answers the bot's prompts take before giving up: none. "Stop", "start over" and "help"
/// work at every prompt, so a person is never stuck, and giving up would silently drop their place (the
/// card they were filling in stays on screen and its next tap would find nothing waiting for it).
/// </summary>
public static class PromptPatience
{
    public const int Unlimited = int.MaxValue;
}
