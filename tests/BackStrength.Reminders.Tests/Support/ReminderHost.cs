using System.Globalization;
using BackStrength.Bot.Reminders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests.Support;

/// <summary>
/// One instance of the real bot host (its own container and scheduler) on a fake clock, with reminders delivered
/// into the test <see cref="ReminderChannel"/>. Instances given the same store behave as several copies of the bot
/// running side by side. The tests drive the scheduler themselves; only given a <paramref name="pollInterval"/>
/// does the host run its polling service too. With <paramref name="throughHostAdapter"/> reminders go out through
/// the host's own Bot Framework adapter to the conversation's service URL instead.
/// </summary>
public sealed class ReminderHost(
    ReminderChannel channel,
    FakeTimeProvider clock,
    IStorage? sharedStorage = null,
    TimeSpan? pollInterval = null,
    bool throughHostAdapter = false)
    : WebApplicationFactory<Program>
{
    public ReminderChannel Channel => channel;

    public ReminderScheduler Scheduler => Services.GetRequiredService<ReminderScheduler>();

    public ReminderStore Store => Services.GetRequiredService<ReminderStore>();

    public ReminderTexts Texts => Services.GetRequiredService<IOptions<ReminderTexts>>().Value;

    public ReminderOptions Options => Services.GetRequiredService<IOptions<ReminderOptions>>().Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (pollInterval is { } interval)
        {
            settings["ReminderScheduler:PollInterval"] = interval.ToString("c", CultureInfo.InvariantCulture);
        }

        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(settings));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            if (pollInterval is null)
            {
                // The service polls once as the host starts, on a thread of its own (.NET 10 runs all of a
                // BackgroundService in the background): a poll that runs late, after a test moved the clock, would
                // send the reminders the test is about to send itself.
                services.Remove(services.Single(service => service.ImplementationType == typeof(ReminderPollingService)));
            }

            if (sharedStorage is not null)
            {
                services.AddSingleton(sharedStorage);
            }

            if (!throughHostAdapter)
            {
                services.AddSingleton(provider => new ReminderDelivery(channel, string.Empty, provider.GetRequiredService<ReminderMessages>()));
            }
        });
    }
}
