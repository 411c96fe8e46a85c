using BackStrength.Resilience.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Resilience.Tests;

/// <summary>What the bot keeps about a person goes when they ask, goes by itself when idle, and never reaches the logs.</summary>
public sealed class PrivacyTests
{
    [Theory]
    [InlineData("Sqlite")]
    [InlineData("Memory")]
    public async Task Forget_me_confirmed_deletes_the_profile_the_history_and_the_conversation_from_the_store(string provider)
    {
        await using var host = provider == "Memory" ? new BotHost(new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" }) : new BotHost();
        var chat = new TestChat(host.CreateClient());
        await Journey.ForgetAfterASessionAsync(chat, host.Store);

        Assert.Null(await SavedState.UserAsync(host.Store, chat));
        Assert.Null(await SavedState.ConversationAsync(host.Store, chat));
        Assert.Contains("acceptDisclaimer", (await chat.SayAsync("start")).Actions);
    }

    [Fact]
    public async Task A_conversation_left_idle_past_the_expiry_is_removed_from_the_store()
    {
        // The app's clock stands still during the journey, so however slow the machine, nothing goes idle half-way.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var host = new BotHost(
            new Dictionary<string, string?>
            {
                ["Storage:IdleStateExpiry"] = "00:00:02",
                ["Storage:IdlePurgeInterval"] = "00:00:00.500",
            },
            clock);
        var chat = new TestChat(host.CreateClient());
        await Journey.ToPlanAsync(chat);
        Assert.NotNull(await SavedState.ConversationAsync(host.Store, chat));

        // Each simulated half second lets the purge timer fire once; wait (generously) for the purge to act.
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await SavedState.ConversationAsync(host.Store, chat) is not null || await SavedState.UserAsync(host.Store, chat) is not null)
        {
            clock.Advance(TimeSpan.FromMilliseconds(500));
            await Task.Delay(TimeSpan.FromMilliseconds(200), deadline.Token);
        }

        Assert.True(clock.GetUtcNow() - clock.Start > TimeSpan.FromSeconds(2), "State was purged before it had been idle for the expiry.");
        Assert.Contains("acceptDisclaimer", (await chat.SayAsync("start")).Actions);
    }

    [Fact]
    public async Task Nothing_a_person_types_about_their_health_appears_in_the_logs()
    {
        await using var host = new BotHost();
        var chat = new TestChat(host.CreateClient());
        string[] typed =
        [
            "my lower back zorblaxes after long meetings",
            "sharp quivering ache near my left hip",
            "7",
            "it hurts like a quenched spring in my spine",
        ];

        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync(typed[0]);
        await chat.SayAsync(typed[1]);
        await chat.SayAsync(typed[2]);
        await Journey.ToFirstExerciseAsync(new TestChat(host.CreateClient()));
        await chat.SayAsync(typed[3]);
        host.Faults.Break();
        await chat.SayAsync(typed[1]);
        host.Faults.Repair();

        var logs = host.Logs.AllText;
        Assert.NotEmpty(host.Logs.Entries);
        foreach (var text in typed.Where(text => text.Length > 1))
        {
            Assert.DoesNotContain(text, logs, StringComparison.OrdinalIgnoreCase);
        }

        Assert.DoesNotContain("zorblax", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("quivering", logs, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("quenched", logs, StringComparison.OrdinalIgnoreCase);
    }
}
