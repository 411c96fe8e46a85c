namespace BackStrength.Coaching.Progress;

/// <summary>Reads a person's stored sessions in the order that matters for what comes next.</summary>
internal static class SessionHistory
{
    /// <summary>Latest first; of two on the same date, the one stored later, whatever order the list is kept in.</summary>
    public static IEnumerable<SessionRecord> NewestFirst(IReadOnlyList<SessionRecord> history) =>
        history
            .Select((session, order) => (session, order))
            .OrderByDescending(s => s.session.Date)
            .ThenByDescending(s => s.order)
            .Select(s => s.session);
}
