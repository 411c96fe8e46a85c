using BackStrength.Bot.Reminders;
using BackStrength.Reminders.Tests.Support;
using BackStrength.Storage.Memory;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests;

/// <summary>
/// A poll reads only the reminders that may be due, so its cost does not grow with everyone who has one; and that
/// shortcut never loses a reminder its owner changed while a poll was under way.
/// </summary>
public sealed class ReminderPollTests
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(Start);
    private readonly ReminderChannel _channel = new();

    [Fact]
    public async Task A_poll_does_not_read_a_reminder_that_is_not_due_yet()
    {
        var evening = People.Reference("evening-person");
        var storage = new KeyReadCounter(new InMemoryStorage(_clock), ReminderStore.KeyOf(evening.User, evening.ChannelId));
        await using var host = new ReminderHost(_channel, _clock, storage);
        await host.Store.SetReminderAsync(People.Reference("morning-person"), Daily(9), Start);
        await host.Store.SetReminderAsync(evening, Daily(18), Start);
        var readsBefore = storage.Reads;

        for (var hour = 9; hour < 18; hour++)
        {
            _clock.SetUtcNow(BerlinToday(hour));
            await host.Scheduler.SendDueAsync(CancellationToken.None);
        }

        Assert.Equal("morning-person", Assert.Single(_channel.Take()).Recipient.Id);
        Assert.Equal(readsBefore, storage.Reads);

        _clock.SetUtcNow(BerlinToday(18));
        Assert.Equal(1, await host.Scheduler.SendDueAsync(CancellationToken.None));
        Assert.Equal("evening-person", Assert.Single(_channel.Take()).Recipient.Id);

        // Sent, it is not due again before tomorrow evening: the next polls leave it alone.
        var readsAfterSending = storage.Reads;
        _clock.SetUtcNow(BerlinToday(18).AddMinutes(30));
        await host.Scheduler.SendDueAsync(CancellationToken.None);
        _clock.SetUtcNow(BerlinToday(18).AddDays(1).AddMinutes(-1));
        await host.Scheduler.SendDueAsync(CancellationToken.None);
        Assert.Equal(readsAfterSending, storage.Reads);
    }

    [Theory]
    [InlineData(SharedStore.Memory)]
    [InlineData(SharedStore.Sqlite)]
    public async Task A_reminder_moved_earlier_while_its_last_one_is_being_sent_comes_at_the_new_time(string storeKind)
    {
        using var store = new SharedStore(storeKind);
        await using var host = new ReminderHost(_channel, _clock, store.Open(_clock));
        var key = await host.Store.SetReminderAsync(People.Reference("person-a"), Daily(9), Start);
        _clock.SetUtcNow(BerlinToday(9));
        // The poll read the reminder before this change, so all it knows is that the 09:00 one comes again tomorrow.
        _channel.DuringNextSend(() => host.Store.UpdateAsync(
            key, reminder => reminder!.With(schedule: Daily(15), nextDueUtc: BerlinToday(15)), CancellationToken.None));

        Assert.Equal(1, await host.Scheduler.SendDueAsync(CancellationToken.None));

        _clock.SetUtcNow(BerlinToday(15));
        Assert.Equal(1, await host.Scheduler.SendDueAsync(CancellationToken.None));
        Assert.Equal(2, _channel.Take().Count);
    }

    [Fact]
    public async Task A_paused_reminder_is_not_read_until_it_is_resumed()
    {
        var person = People.Reference("person-a");
        var key = ReminderStore.KeyOf(person.User, person.ChannelId);
        var storage = new KeyReadCounter(new InMemoryStorage(_clock), key);
        await using var host = new ReminderHost(_channel, _clock, storage);
        await host.Store.SetReminderAsync(person, Daily(9), Start);
        await host.Store.UpdateAsync(key, reminder => reminder!.With(paused: true), CancellationToken.None);
        var readsWhilePaused = storage.Reads;

        for (var day = 0; day < 3; day++)
        {
            _clock.SetUtcNow(BerlinToday(9).AddDays(day));
            Assert.Equal(0, await host.Scheduler.SendDueAsync(CancellationToken.None));
        }

        Assert.Equal(readsWhilePaused, storage.Reads);
        await host.Store.UpdateAsync(
            key, reminder => reminder!.With(paused: false, nextDueUtc: BerlinToday(9).AddDays(3)), CancellationToken.None);
        _clock.SetUtcNow(BerlinToday(9).AddDays(3));
        Assert.Equal(1, await host.Scheduler.SendDueAsync(CancellationToken.None));
    }

    private static ReminderSchedule Daily(int hour) => new(Enum.GetValues<DayOfWeek>(), hour, 0, "Europe/Berlin");

    private static DateTimeOffset BerlinToday(int hour) => Start.AddHours(hour - 7);
}
