using Newtonsoft.Json.Linq;

namespace BackStrength.Benchmarks.Load;

/// <summary>One thing a simulated person sends: typed text, or a card submit's value (or both).</summary>
public sealed record ScriptedInput(string? Text = null, JObject? Value = null)
{
    /// <summary>What Teams and Web Chat send when the bot joins a conversation; the bot answers with its welcome.</summary>
    public bool IsConversationStart { get; init; }

    public static ScriptedInput ConversationStart { get; } = new() { IsConversationStart = true };
}
