using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Cards.ViewModels;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Reminders;

/// <summary>The reminder card, prefilled with what is already known, and the names of its inputs.</summary>
public sealed class ReminderCardView(CardReplies replies)
{
    public const string DaysField = "days";
    public const string TimeField = "time";

    public IMessageActivity Create(IEnumerable<DayOfWeek>? days, TimeOnly? time, string? timeZone) =>
        replies.Create(new ReminderCard(
            days is null ? null : string.Join(',', days.Select(day => day.ToString().ToLowerInvariant())),
            time?.ToString("HH:mm", CultureInfo.InvariantCulture),
            timeZone));
}
