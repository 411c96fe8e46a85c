using System.Diagnostics;
using System.Text;
using BackStrength.Bot.Turns;
using BackStrength.Resilience.Tests.Support;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json;
using Xunit.Abstractions;

namespace BackStrength.Resilience.Tests;

/// <summary>Thousands of random and mutated activities: the bot refuses or handles each one and stays usable.</summary>
public sealed class FuzzTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Seed = 20261125;
    private const int Activities = 3000;

    private readonly FakeChannel _channel = new();
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        await _channel.StartAsync();
        _host = new BotHost();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Random_and_mutated_activities_never_get_a_5xx_or_an_unhandled_error_and_a_normal_conversation_still_works()
    {
        var client = _host.CreateClient();
        var fuzzer = new ActivityFuzzer(Seed, _channel.ServiceUrl);
        var statuses = new Dictionary<int, int>();
        var started = Stopwatch.GetTimestamp();

        for (var i = 0; i < Activities; i++)
        {
            var activity = fuzzer.Next();
            using var response = await client.PostAsync("/api/messages", new StringContent(activity.ToString(Formatting.None), Encoding.UTF8, "application/json"));
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            // An invoke the bot does not implement is answered 501 by the SDK, as Teams expects; nothing else may be a 5xx.
            var unimplementedInvoke = status == 501 && (string?)activity["type"] == "invoke";
            Assert.True(status < 500 || unimplementedInvoke, $"Activity {i} of seed {Seed} got {status}: {Shorten(activity.ToString())}\n{await response.Content.ReadAsStringAsync()}");
        }

        output.WriteLine($"{Activities} activities in {Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s; statuses: {string.Join(", ", statuses.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}×{pair.Value}"))}");
        Assert.True(statuses.GetValueOrDefault(200) > Activities / 4, "Too few activities reached the bot for the run to mean much.");
        var errors = _host.Logs.Entries.Where(entry => entry.Level >= LogLevel.Error && entry.Category != typeof(UndeliverableReplyGuard).FullName).ToList();
        Assert.True(errors.Count == 0, $"{errors.Count} errors logged, the first: {errors.FirstOrDefault()}");

        var chat = new TestChat(client);
        await Journey.ToFirstExerciseAsync(chat);
        await Journey.FinishExerciseAsync(chat, nextNumber: 2);
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}
