using BackStrength.Reminders.Tests.Support;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests;

public class ReminderOptionsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(60)]
    public async Task A_poll_interval_no_timer_can_keep_stops_start_up_with_a_message_naming_the_setting(int days)
    {
        await using var host = new ReminderHost(new ReminderChannel(), new FakeTimeProvider(), pollInterval: TimeSpan.FromDays(days));

        var error = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.Contains("ReminderScheduler: PollInterval must be between", error.Message);
    }
}
