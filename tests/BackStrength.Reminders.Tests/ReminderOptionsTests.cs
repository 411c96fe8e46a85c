using System.Globalization;
using BackStrength.Bot.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackStrength.Reminders.Tests;

public class ReminderOptionsTests
{
    // Checked through the reminders' own registration (the validation ValidateOnStart runs at start-up), rather than
    // by starting a whole host that fails: a failing host start races its background services into disposal.
    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    public void A_poll_interval_no_timer_can_keep_is_refused_with_a_message_naming_the_setting(int days)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ReminderScheduler:PollInterval"] = TimeSpan.FromDays(days).ToString("c", CultureInfo.InvariantCulture),
        }).Build();
        using var services = new ServiceCollection().AddReminders(configuration).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<ReminderOptions>>().Value);

        Assert.Contains("ReminderScheduler: PollInterval must be between", error.Message);
    }

    [Fact]
    public void The_default_settings_are_usable() =>
        Assert.True(ReminderOptions.AreUsable(new ReminderOptions()));
}
