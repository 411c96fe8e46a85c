using System.Net;
using BackStrength.Resilience.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;

namespace BackStrength.Resilience.Tests;

/// <summary>
/// Replies go back to the channel's serviceUrl (normal delivery, not in the response): a channel that asks the
/// bot to slow down or has a hiccup gets the reply after retries; one that keeps failing costs the reply, never
/// the turn or what the person told the bot.
/// </summary>
public sealed class OutboundDeliveryTests : IAsyncLifetime
{
    private readonly FakeChannel _channel = new();
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        await _channel.StartAsync();
        _host = new BotHost(new Dictionary<string, string?>
        {
            ["ChannelRetry:MaxAttempts"] = "6",
            ["ChannelRetry:BaseDelay"] = "00:00:00.050",
            ["ChannelRetry:MaxTotalDelay"] = "00:00:20",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task A_reply_the_channel_throttles_and_fails_a_few_times_is_delivered_after_retries()
    {
        var chat = new TestChat(_host.CreateClient(), "webchat", _channel.ServiceUrl);
        _channel.Script(
            new ScriptedAnswer(429, RetryAfterSeconds: 1),
            new ScriptedAnswer(429),
            new ScriptedAnswer(502),
            new ScriptedAnswer(504));

        using var response = await chat.PostAsync(Normal(chat.Message("start")));

        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
        var delivered = Assert.Single(_channel.Delivered, reply => reply.ToString().Contains("acceptDisclaimer", StringComparison.Ordinal));
        Assert.Equal(chat.ConversationId, (string?)delivered["conversation"]?["id"]);
        var attempts = _channel.Attempts;
        Assert.Equal([429, 429, 502, 504, 200], attempts.Take(5).Select(attempt => attempt.Status));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(0.9), "The bot did not wait as Retry-After asked.");
        Assert.DoesNotContain(_host.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task When_the_channel_keeps_failing_the_turn_still_completes_its_state_is_saved_and_the_next_turn_continues()
    {
        var chat = new TestChat(_host.CreateClient(), "webchat", _channel.ServiceUrl);
        _channel.AlwaysFailWith = 502;

        using var response = await chat.PostAsync(Normal(chat.Message("start")));
        _channel.AlwaysFailWith = null;

        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}");
        Assert.Empty(_channel.Delivered);
        Assert.Contains(_host.Logs.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains("could not be delivered", StringComparison.Ordinal));
        Assert.NotNull(await SavedState.ConversationAsync(_host.Store, chat));

        // The disclaimer was asked (and saved) even though its card never arrived: "yes" answers it.
        using var next = await chat.PostAsync(Normal(chat.Message("yes")));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.Contains(_channel.Delivered, reply => reply.ToString().Contains("submitSafetyCheck", StringComparison.Ordinal));
    }

    private static Activity Normal(Activity activity)
    {
        activity.DeliveryMode = DeliveryModes.Normal;
        return activity;
    }
}
