namespace BackStrength.Bot.Reminders;

/// <summary>Finds the IANA time zone a person named ("Europe/Berlin") or a channel reported.</summary>
public static class TimeZoneNames
{
    private static readonly Lazy<IReadOnlyList<TimeZoneInfo>> KnownZones = new(() => TimeZoneInfo.GetSystemTimeZones(skipSorting: true));

    /// <summary>The IANA id of the zone named anywhere in <paramref name="text"/>, or null.</summary>
    public static string? Find(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // The whole text first ("UTC", "Europe/Berlin"), then each word ("I'm in America/New_York").
        var candidates = new[] { text.Trim() }.Concat(text.Split([' ', ',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('.', '!', '?', '"', '\'')));
        return candidates.Select(ToIanaId).FirstOrDefault(id => id is not null);
    }

    private static string? ToIanaId(string name)
    {
        // Ids compare case-insensitively, so "europe/berlin" works too; the stored id keeps the canonical spelling.
        var zone = KnownZones.Value.FirstOrDefault(known => string.Equals(known.Id, name, StringComparison.OrdinalIgnoreCase))
            ?? (TimeZoneInfo.TryFindSystemTimeZoneById(name, out var found) ? found : null);
        return zone switch
        {
            null => null,
            { HasIanaId: true } => zone.Id,
            _ => TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : null,
        };
    }
}
