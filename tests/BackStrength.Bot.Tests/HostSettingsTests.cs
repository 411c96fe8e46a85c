using BackStrength.Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Tests;

/// <summary>Settings the bot cannot work with stop it at start-up with a message naming them, not in a person's turn.</summary>
public sealed class HostSettingsTests
{
    [Theory]
    [InlineData("TurnGate:HoldFor", "00:00:00")]
    [InlineData("TurnGate:MaxWait", "-00:00:01")]
    [InlineData("TurnGate:BusyMessage", " ")]
    [InlineData("TurnGate:HandledActivityIdsKept", "0")]
    [InlineData("ChannelRetry:MaxAttempts", "0")]
    [InlineData("ChannelRetry:BaseDelay", "-00:00:01")]
    [InlineData("Messages:MaxActivityBytes", "0")]
    [InlineData("Messages:MaxMessageCharacters", "-5")]
    public void A_setting_the_bot_cannot_work_with_stops_start_up_and_is_named(string setting, string value)
    {
        using var host = new SettingsHost(setting, value);

        var error = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    private sealed class SettingsHost(string setting, string value) : BotHost(new Dictionary<string, string?> { [setting] = value });
}
