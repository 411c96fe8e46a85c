using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Reminders;

/// <summary>The time zone a channel reports for the person: Web Chat's <c>localTimezone</c>, Teams' clientInfo entity.</summary>
public static class ChannelTimeZone
{
    public static string? Of(IActivity activity)
    {
        var teamsZone = activity.Entities?
            .FirstOrDefault(entity => string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))?
            .Properties?.Value<string>("timezone");
        return TimeZoneNames.Find((activity as Activity)?.LocalTimezone) ?? TimeZoneNames.Find(teamsZone);
    }
}
