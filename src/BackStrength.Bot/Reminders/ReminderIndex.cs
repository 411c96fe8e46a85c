using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// The keys of every scheduled reminder, each with the earliest time it can be due. IStorage cannot be queried, so
/// the schedulers read this one record to find the reminders to check, and read only those that may be due: reading
/// every reminder on every poll cost one storage round trip per person twice a minute. A reminder whose key is not
/// listed here is never sent.
/// </summary>
public sealed class ReminderIndex : IStoreItem
{
    /// <summary>Every listed reminder, in ordinal order.</summary>
    public List<string> Keys { get; init; } = [];

    /// <summary>
    /// For each key, a time the reminder is certainly not due before: its exact due time when its owner last changed
    /// it, or an earlier time a scheduler has not yet caught up on. A key without one (an index written before these
    /// were kept) is checked on every poll.
    /// </summary>
    public Dictionary<string, DateTimeOffset> DueHints { get; init; } = new(StringComparer.Ordinal);

    /// <summary>When the index was last written; rewritten daily so the idle-state purge never removes it.</summary>
    public DateTimeOffset WrittenUtc { get; set; }

    public string? ETag { get; set; }

    /// <summary>The time a reminder's record may next be due at the earliest; a paused one never is.</summary>
    public static DateTimeOffset HintFor(ReminderRecord reminder) => reminder.Paused ? ReminderRecord.NeverDue : reminder.NextDueUtc;

    public DateTimeOffset EarliestDue(string key) => DueHints.TryGetValue(key, out var due) ? due : DateTimeOffset.MinValue;

    /// <summary>The reminders a poll at <paramref name="now"/> has to read.</summary>
    public IReadOnlyList<string> MaybeDue(DateTimeOffset now) => [.. Keys.Where(key => EarliestDue(key) <= now)];

    /// <summary>
    /// Lists the reminder with its exact due time, which its owner has just written. Returns whether anything changed.
    /// </summary>
    public bool Track(string key, DateTimeOffset dueUtc)
    {
        var position = Keys.BinarySearch(key, StringComparer.Ordinal);
        if (position >= 0 && DueHints.TryGetValue(key, out var hint) && hint == dueUtc)
        {
            return false;
        }

        if (position < 0)
        {
            Keys.Insert(~position, key);
        }

        DueHints[key] = dueUtc;
        return true;
    }

    public bool Untrack(string key)
    {
        var position = Keys.BinarySearch(key, StringComparer.Ordinal);
        if (position < 0)
        {
            return false;
        }

        Keys.RemoveAt(position);
        DueHints.Remove(key);
        return true;
    }

    /// <summary>
    /// Records what a poll learned from reading a reminder. An earlier time is always safe to record (at worst the
    /// reminder is read once more). A later one only while the hint is still the <paramref name="seen"/> one the poll
    /// started from: a different hint means the owner changed the reminder meanwhile, and the poll's read may be
    /// older than that change. Returns whether anything changed.
    /// </summary>
    public bool Refresh(string key, DateTimeOffset dueUtc, DateTimeOffset seen)
    {
        if (Keys.BinarySearch(key, StringComparer.Ordinal) < 0)
        {
            return false;
        }

        var current = EarliestDue(key);
        if (dueUtc == current || (dueUtc > current && current != seen))
        {
            return false;
        }

        DueHints[key] = dueUtc;
        return true;
    }
}
