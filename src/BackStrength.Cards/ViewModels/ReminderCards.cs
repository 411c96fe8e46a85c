using Newtonsoft.Json;

namespace BackStrength.Cards.ViewModels;

// The data contract of the reminder card. cards/README.md describes each field.

/// <param name="SelectedDays">Prefilled days, comma-separated lower-case English names ("monday,friday").</param>
/// <param name="Time">Prefilled time, "HH:mm".</param>
/// <param name="TimeZone">The IANA time zone the time is in, when known.</param>
public sealed record ReminderCard(string? SelectedDays = null, string? Time = null, string? TimeZone = null) : ICardViewModel
{
    [JsonIgnore]
    public string CardName => CardNames.Reminder;
}
