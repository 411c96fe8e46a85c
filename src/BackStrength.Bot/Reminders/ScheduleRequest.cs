namespace BackStrength.Bot.Reminders;

/// <summary>What a message said about a reminder's timing: the days (null when none were named) and the time.</summary>
public sealed record ScheduleRequest(IReadOnlyList<DayOfWeek>? Days, TimeOnly? Time);
