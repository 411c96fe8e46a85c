using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// The keys of every scheduled reminder. IStorage cannot be queried, so the schedulers read this one record to
/// find the reminders to check. A reminder whose key is not listed here is never sent.
/// </summary>
public sealed class ReminderIndex : IStoreItem
{
    public List<string> Keys { get; init; } = [];

    /// <summary>When the index was last written; rewritten daily so the idle-state purge never removes it.</summary>
    public DateTimeOffset WrittenUtc { get; set; }

    public string? ETag { get; set; }
}
