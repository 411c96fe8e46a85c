namespace BackStrength.Bot.Reminders;

/// <summary>Finds the IANA time zone a person named ("Europe/Berlin") or a channel reported.</summary>
public static class TimeZoneNames
{
    // Research stations and technical zones carry people's names ("Casey", "Davis") or plain words, not cities.
    private static readonly string[] NotCities = ["Antarctica/", "Arctic/", "Etc/"];

    private static readonly Lazy<IReadOnlyList<TimeZoneInfo>> KnownZones = new(() => TimeZoneInfo.GetSystemTimeZones(skipSorting: true));

    /// <summary>Every city-named zone with its city in lower-case words, longest city first.</summary>
    private static readonly Lazy<IReadOnlyList<(string Id, string City)>> ZonesByCity = new(() => [.. KnownZones.Value
        .Where(zone => zone.HasIanaId && zone.Id.Contains('/', StringComparison.Ordinal) && !NotCities.Any(zone.Id.StartsWith))
        .Select(zone => (zone.Id, City: string.Join(' ', CityWords(zone.Id[(zone.Id.LastIndexOf('/') + 1)..]))))
        .Where(zone => zone.City.Length > 0)
        .OrderByDescending(zone => zone.City.Length)
        .ThenBy(zone => zone.Id, StringComparer.Ordinal)]);

    /// <summary>
    /// The IANA id of the zone named anywhere in <paramref name="text"/>, or null. <paramref name="regions"/> lists, under
    /// each zone id, regions that stand for it ("west coast"); a person names those, a device never does.
    /// </summary>
    public static string? Find(string? text, IReadOnlyDictionary<string, List<string>>? regions = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        // A region first ("EST" is also a fixed-offset zone without summer time, not what people on the east coast
        // mean), then the whole text ("UTC", "Europe/Berlin"), then each word ("I'm in America/New_York"), then a city.
        var candidates = new[] { text.Trim() }.Concat(text.Split([' ', ',', ';', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.Trim('.', '!', '?', '"', '\'')));
        return ByRegion(text, regions) ?? candidates.Select(ToIanaId).FirstOrDefault(id => id is not null) ?? ByCity(text);
    }

    /// <summary>The zone of the longest region the text names ("central european" over "central"), or null.</summary>
    private static string? ByRegion(string text, IReadOnlyDictionary<string, List<string>>? regions)
    {
        var words = $" {string.Join(' ', CityWords(text))} ";
        return regions?
            .SelectMany(zone => zone.Value.Select(region => (Zone: zone.Key, Region: string.Join(' ', CityWords(region)))))
            .OrderByDescending(named => named.Region.Length)
            .FirstOrDefault(named => words.Contains($" {named.Region} ", StringComparison.Ordinal)).Zone;
    }

    /// <summary>
    /// The zone whose id ends with a city the text names ("London", "I live in New York"): people rarely know
    /// their zone's id, but every IANA zone is named after a city. The longest city named wins ("New York" over "York").
    /// </summary>
    private static string? ByCity(string text)
    {
        var words = $" {string.Join(' ', CityWords(text))} ";
        return ZonesByCity.Value.FirstOrDefault(zone => words.Contains($" {zone.City} ", StringComparison.Ordinal)).Id;
    }


    private static IEnumerable<string> CityWords(string text) =>
        text.ToLowerInvariant().Split([' ', '_', '-', ',', ';', '.', '!', '?', '(', ')', '"', '\''], StringSplitOptions.RemoveEmptyEntries);

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
