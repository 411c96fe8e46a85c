using BackStrength.Bot.Reminders;
using BackStrength.Reminders.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests;

/// <summary>Two bot instances sharing one store, as in a scaled-out deployment: each reminder arrives once.</summary>
public sealed class ExactlyOnceTests
{
    private const int Count = 12;

    // Wednesday 25 November 2026, 07:00 in Berlin.
    private static readonly DateTimeOffset Start = new(2026, 11, 25, 6, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(SharedStore.Memory)]
    [InlineData(SharedStore.Sqlite)]
    public async Task Two_instances_polling_together_send_each_reminder_exactly_once(string storeKind)
    {
        using var store = new SharedStore(storeKind);
        var clock = new FakeTimeProvider(Start);
        var channel = new ReminderChannel();
        await using var first = new ReminderHost(channel, clock, store.Open(clock));
        await using var second = new ReminderHost(channel, clock, store.Open(clock));
        var schedule = new ReminderSchedule(Enum.GetValues<DayOfWeek>(), 9, 0, "Europe/Berlin");
        for (var person = 0; person < Count; person++)
        {
            // Half the reminders are set through each instance.
            var host = person % 2 == 0 ? first : second;
            await host.Store.SetReminderAsync(People.Reference($"person-{person}"), schedule, Start);
        }

        Assert.Equal(Count, (await first.Store.KeysAsync(CancellationToken.None)).Count);

        for (var day = 0; day < 3; day++)
        {
            clock.SetUtcNow(Start.AddDays(day).AddHours(2));
            var sent = await Task.WhenAll(
                Task.Run(() => first.Scheduler.SendDueAsync(CancellationToken.None)),
                Task.Run(() => second.Scheduler.SendDueAsync(CancellationToken.None)));
            var again = await Task.WhenAll(first.Scheduler.SendDueAsync(CancellationToken.None), second.Scheduler.SendDueAsync(CancellationToken.None));

            Assert.Equal(Count, sent.Sum());
            Assert.Equal(0, again.Sum());
            var delivered = channel.Take();
            Assert.Equal(Count, delivered.Count);
            Assert.Equal(Count, delivered.Select(message => message.Recipient.Id).Distinct().Count());
        }
    }
}
