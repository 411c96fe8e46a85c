using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BackStrength.Reminders.Tests.Support;

/// <summary>
/// A person chatting with the bot through the host's real <see cref="IBot"/>, one scope per turn; by default in
/// the conversation of the host's channel, or in another conversation of the same person.
/// </summary>
public sealed class ReminderChat(ReminderHost host, ReminderChannel? conversation = null)
{
    private readonly ReminderChannel _channel = conversation ?? host.Channel;

    /// <summary>Web Chat reports the browser's time zone on every message; null acts like a channel that does not.</summary>
    public string? BrowserTimeZone { get; set; } = "Europe/Berlin";

    public Task<IReadOnlyList<IActivity>> SayAsync(string text) =>
        TurnAsync(new Activity(ActivityTypes.Message) { Text = text, LocalTimezone = BrowserTimeZone });

    /// <summary>Taps a card button as Teams sends it: the button's words as text, its data (and inputs) as the value.</summary>
    public Task<IReadOnlyList<IActivity>> TapAsync(string words, object value) =>
        TurnAsync(new Activity(ActivityTypes.Message) { Text = words, Value = JObject.FromObject(value), LocalTimezone = BrowserTimeZone });

    public async Task<IReadOnlyList<IActivity>> TurnAsync(Activity activity)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        await _channel.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
        return _channel.Take();
    }
}
