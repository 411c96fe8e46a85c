using BackStrength.Bot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;

namespace BackStrength.Bot.Tests;

/// <summary>
/// What an operator sees in their metrics after people use the bot: turns counted with their latency, and
/// requests for an easier variation, collected through the real OpenTelemetry pipeline.
/// </summary>
public sealed class MetricsTests(MetricsTests.MeteredHost host) : IClassFixture<MetricsTests.MeteredHost>
{
    [Fact]
    public async Task Turns_latency_and_easier_requests_reach_the_metrics_pipeline()
    {
        // Over HTTP, so the turns run through the bot's own adapter and its telemetry middleware.
        var chat = new HttpChat(host.CreateClient());
        await Journey.TapToSessionAsync(chat);
        await chat.SayAsync("make it easier");

        host.Services.GetRequiredService<MeterProvider>().ForceFlush();

        Assert.True(host.Sum("backstrength.turns") >= 5, "every message is counted as a turn");
        Assert.True(host.Sum("backstrength.easier_requests") >= 1, "the easier request is counted");
        Assert.Contains(host.Exported, metric => metric.Name == "backstrength.turn.duration");
    }

    /// <summary>The bot's host with an in-memory OpenTelemetry exporter beside its own configuration.</summary>
    public sealed class MeteredHost : BotHost
    {
        public List<Metric> Exported { get; } = [];

        public long Sum(string name)
        {
            long total = 0;
            foreach (var metric in Exported.Where(metric => metric.Name == name))
            {
                foreach (ref readonly var point in metric.GetMetricPoints())
                {
                    total += point.GetSumLong();
                }
            }

            return total;
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.ConfigureOpenTelemetryMeterProvider(metrics => metrics.AddInMemoryExporter(Exported)));
        }
    }
}
