using BackStrength.Bot.Reminders;
using BackStrength.Reminders.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests;

/// <summary>One reminder the store can no longer read must not keep everybody else's from being sent.</summary>
public sealed class UnreadableReminderTests
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_damaged_reminder_is_skipped_and_the_others_are_still_sent()
    {
        using var store = new SharedStore(SharedStore.Sqlite);
        var clock = new FakeTimeProvider(Start);
        var channel = new ReminderChannel();
        await using var host = new ReminderHost(channel, clock, store.Open(clock));
        var schedule = new ReminderSchedule(Enum.GetValues<DayOfWeek>(), 9, 0, "Europe/Berlin");
        var damaged = await host.Store.SetReminderAsync(People.Reference("person-a"), schedule, Start);
        await host.Store.SetReminderAsync(People.Reference("person-b"), schedule, Start);
        await host.Store.SetReminderAsync(People.Reference("person-c"), schedule, Start);

        // The first one listed in the index no longer reads as a reminder (a damaged or hand-edited row).
        await DamageAsync(store, damaged);
        clock.SetUtcNow(Start.AddHours(2));

        Assert.Equal(2, await host.Scheduler.SendDueAsync(CancellationToken.None));
        Assert.Equal(["person-b", "person-c"], channel.Take().Select(message => message.Recipient.Id).Order());
    }

    private static async Task DamageAsync(SharedStore store, string key)
    {
        await using var connection = new SqliteConnection($"Data Source={store.SqliteFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE bot_state SET document = '{ not json' WHERE state_key = @key";
        command.Parameters.AddWithValue("@key", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
