using BackStrength.Storage.Tests.Contract;
using BackStrength.Storage.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Storage.Tests.Hosting;

public sealed class IdleStatePurgeServiceTests : IDisposable
{
    private static readonly TimeSpan PatienceOnABusyMachine = TimeSpan.FromSeconds(30);

    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task The_running_host_deletes_state_once_it_has_been_idle_longer_than_the_expiry()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder.Path });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["Storage:IdleStateExpiry"] = "1.00:00:00",
            ["Storage:IdlePurgeInterval"] = "01:00:00",
        });
        builder.Services.AddSingleton<TimeProvider>(clock).AddLogging().AddBotStorage(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var storage = host.Services.GetRequiredService<IStorage>();
            await storage.WriteAsync(new Dictionary<string, object> { ["webchat/users/quiet"] = new ExerciseLog() });

            // Each simulated hour lets the purge timer fire once; the item must go after about a simulated day.
            using var patience = new CancellationTokenSource(PatienceOnABusyMachine);
            while ((await storage.ReadAsync(["webchat/users/quiet"])).Count > 0)
            {
                clock.Advance(TimeSpan.FromHours(1));
                await Task.Delay(TimeSpan.FromMilliseconds(20), patience.Token);
            }

            Assert.True(clock.GetUtcNow() - clock.Start > TimeSpan.FromDays(1), "State was purged before it had been idle for the expiry.");
        }
        finally
        {
            await host.StopAsync();
        }
    }

    public void Dispose() => _folder.Dispose();
}
