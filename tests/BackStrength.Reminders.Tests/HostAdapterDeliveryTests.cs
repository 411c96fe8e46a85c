using BackStrength.Bot.Reminders;
using BackStrength.Reminders.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests;

/// <summary>Reminders sent through the host's real adapter, whose pipeline otherwise logs and swallows undeliverable replies.</summary>
public sealed class HostAdapterDeliveryTests
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task An_unreachable_channel_is_a_failed_send_that_is_retried_later()
    {
        var clock = new FakeTimeProvider(Start);
        await using var host = new ReminderHost(new ReminderChannel(), clock, throughHostAdapter: true);
        // Nothing listens on the discard port, so the connection is refused at once.
        var reference = People.Reference("unreachable-person");
        reference.ServiceUrl = "http://127.0.0.1:9/";
        var key = await host.Store.SetReminderAsync(reference, new ReminderSchedule(Enum.GetValues<DayOfWeek>(), 9, 0, "Europe/Berlin"), Start);
        clock.SetUtcNow(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, await host.Scheduler.SendDueAsync(CancellationToken.None));

        var reminder = await host.Store.ReadAsync(key, CancellationToken.None);
        Assert.Equal(1, reminder!.FailedAttempts);
        Assert.Equal(clock.GetUtcNow() + host.Options.RetryDelay, reminder.NextDueUtc);
    }
}
