using BackStrength.Bot.Reminders;
using BackStrength.Reminders.Tests.Support;
using BackStrength.Storage.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests;

/// <summary>The store deletes state nobody wrote for 30 days; an active reminder and its index must survive that.</summary>
public sealed class IdlePurgeTests
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_weekly_reminder_outlives_the_idle_state_purge_month_after_month()
    {
        using var store = new SharedStore(SharedStore.Sqlite);
        var clock = new FakeTimeProvider(Start);
        var storage = (SqliteStorage)store.Open(clock);
        var channel = new ReminderChannel();
        await using var host = new ReminderHost(channel, clock, storage);
        await host.Store.SetReminderAsync(People.Reference("weekly-person"), new ReminderSchedule([DayOfWeek.Monday], 9, 0, "Europe/Berlin"), Start);

        // Ten weeks of polls every six hours, with the host's 30-day idle purge running every day.
        for (var poll = 1; poll <= 10 * 7 * 4; poll++)
        {
            clock.Advance(TimeSpan.FromHours(6));
            await host.Scheduler.SendDueAsync(CancellationToken.None);
            if (poll % 4 == 0)
            {
                await storage.PurgeIdleAsync(TimeSpan.FromDays(30), CancellationToken.None);
            }
        }

        Assert.Equal(10, channel.Take().Count);
    }
}
