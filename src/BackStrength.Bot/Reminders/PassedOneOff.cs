namespace BackStrength.Bot.Reminders;

/// <summary>A one-off asked for at a time already past today (HH:mm, in the time zone): the person is asked for another.</summary>
public sealed record PassedOneOff(string Time, string TimeZoneId);
