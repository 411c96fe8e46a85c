using BackStrength.Bot.Reminders;
using BackStrength.Reminders.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests;

/// <summary>
/// Reminders stored before one-offs existed carry no one-off flag, and were listed in an index without due times;
/// they keep coming every week.
/// </summary>
public sealed class StoredWeeklyReminderTests
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    // A Monday and Wednesday 09:00 Berlin reminder exactly as the store held it before one-offs.
    private const string OldDocument =
        """{"$type":"BackStrength.Bot.Reminders.ReminderRecord, BackStrength.Bot","Schedule":{"Hour":9,"Minute":0,"TimeZoneId":"Europe/Berlin","Days":{"$type":"System.Collections.Generic.List`1[[System.DayOfWeek, System.Private.CoreLib]], System.Private.CoreLib","$values":[1,3]},"Time":"09:00:00"},"Conversation":{"user":{"id":"person-a"},"bot":{"id":"bot"},"conversation":{"id":"conversation-of-person-a"},"channelId":"test","serviceUrl":"https://test.example"},"NextDueUtc":"2026-11-25T08:00:00+00:00","Paused":false,"FailedAttempts":0}""";

    // The index as it was before it kept due times, listing that reminder.
    private const string OldIndex =
        """{"$type":"BackStrength.Bot.Reminders.ReminderIndex, BackStrength.Bot","Keys":["reminders/test/person-a"],"WrittenUtc":"2026-11-25T06:00:00+00:00"}""";

    [Fact]
    public async Task An_old_weekly_record_is_sent_on_its_days_every_week_and_stays_without_the_one_off_flag()
    {
        using var store = new SharedStore(SharedStore.Sqlite);
        var clock = new FakeTimeProvider(Start);
        var channel = new ReminderChannel();
        await using var host = new ReminderHost(channel, clock, store.Open(clock));
        var key = await host.Store.SetReminderAsync(People.Reference("person-a"), new ReminderSchedule([DayOfWeek.Friday], 6, 0, "UTC"), Start);
        await ExecuteAsync(store, "UPDATE bot_state SET document = @document WHERE state_key = @key", key, OldDocument);
        await ExecuteAsync(store, "UPDATE bot_state SET document = @document WHERE state_key = @key", ReminderStore.IndexKey, OldIndex);

        var sentOn = new List<DateOnly>();
        for (var day = 0; day < 14; day++)
        {
            // 09:00 in Berlin on each of the next fourteen days.
            clock.SetUtcNow(Start.AddDays(day).AddHours(2));
            if (await host.Scheduler.SendDueAsync(CancellationToken.None) == 1)
            {
                sentOn.Add(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            }
        }

        Assert.Equal(
            [new DateOnly(2026, 11, 25), new DateOnly(2026, 11, 30), new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 7)],
            sentOn);
        Assert.All(channel.Take(), message => Assert.Equal("person-a", message.Recipient.Id));
        Assert.DoesNotContain("Once", await ExecuteAsync(store, "SELECT document FROM bot_state WHERE state_key = @key", key), StringComparison.Ordinal);
    }

    private static async Task<string?> ExecuteAsync(SharedStore store, string sql, string key, string? document = null)
    {
        await using var connection = new SqliteConnection($"Data Source={store.SqliteFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("@key", key);
        if (document is not null)
        {
            command.Parameters.AddWithValue("@document", document);
        }

        return await command.ExecuteScalarAsync() as string;
    }
}
