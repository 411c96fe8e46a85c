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
/// One instance of the real bot host (its own container, scheduler and polling service) on a fake clock, with
/// reminders delivered into the test <see cref="ReminderChannel"/>. Instances given the same store behave as
/// several copies of the bot running side by side. With <paramref name="throughHostAdapter"/> reminders go out
/// through the host's own Bot Framework adapter to the conversation's service URL instead.
/// </summary>
public sealed class ReminderHost(
    ReminderChannel channel,
    FakeTimeProvider clock,
    IStorage? sharedStorage = null,
    TimeSpan? pollInterval = null,
    bool throughHostAdapter = false)
    : WebApplicationFactory<Program>
{
    // Longer than any test moves the clock (and within a timer's 49-day limit): the polling service only runs at
    // start-up unless a test asks for polling, so the tests drive the scheduler themselves.
    private static readonly TimeSpan Never = TimeSpan.FromDays(40);

    public ReminderChannel Channel => channel;

    public ReminderScheduler Scheduler => Services.GetRequiredService<ReminderScheduler>();

    public ReminderStore Store => Services.GetRequiredService<ReminderStore>();

    public ReminderTexts Texts => Services.GetRequiredService<IOptions<ReminderTexts>>().Value;

    public ReminderOptions Options => Services.GetRequiredService<IOptions<ReminderOptions>>().Value;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.ConfigureAppConfiguration(configuration => configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Memory",
            ["Logging:LogLevel:Default"] = "Warning",
            ["ReminderScheduler:PollInterval"] = (pollInterval ?? Never).ToString("c", CultureInfo.InvariantCulture),
        }));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
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
