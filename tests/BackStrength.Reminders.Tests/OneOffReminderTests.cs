using BackStrength.Bot.Reminders;
using BackStrength.Cards;
using BackStrength.Reminders.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests;

/// <summary>"Remind me tomorrow at 8": one reminder on that local date, then no more (memory storage, fake clock).</summary>
public sealed class OneOffReminderTests : IAsyncLifetime
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private readonly FakeTimeProvider _clock = new(At(7, 0));
    private readonly ReminderChannel _channel = new();
    private readonly ReminderHost _host;
    private readonly ReminderChat _chat;

    public OneOffReminderTests()
    {
        _host = new ReminderHost(_channel, _clock);
        _chat = new ReminderChat(_host);
    }

    private static string UserKey => ReminderStore.KeyOf(new ChannelAccount("user-1"), "test");

    private ReminderTexts Texts => _host.Texts;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Tomorrow_at_8_is_confirmed_as_once_with_the_day_the_time_and_the_zone()
    {
        var replies = await _chat.SayAsync("remind me tomorrow at 8");

        Assert.Contains("I'll remind you once, tomorrow (Thu 26 Nov) at 08:00 Europe/Berlin.", replies.Texts());
        Assert.Equal("Your reminder: once, tomorrow (Thu 26 Nov) at 08:00 Europe/Berlin.", (await _chat.SayAsync("show my reminders")).Texts());
    }

    [Fact]
    public async Task Tomorrow_at_8_in_Berlin_is_sent_once_at_8_Berlin_time_and_never_again()
    {
        await _chat.SayAsync("remind me tomorrow at 8");

        _clock.SetUtcNow(At(7, 59).AddDays(1));
        Assert.Equal(0, await SendDueAsync());

        _clock.SetUtcNow(At(8, 0).AddDays(1));
        Assert.Equal(1, await SendDueAsync());
        Assert.Equal(0, await SendDueAsync());
        Assert.Single(_channel.Take());

        // A week, looked at every hour, brings nothing more.
        for (var hour = 0; hour < 7 * 24; hour++)
        {
            _clock.Advance(TimeSpan.FromHours(1));
            Assert.Equal(0, await SendDueAsync());
        }

        Assert.Empty(_channel.Take());
        Assert.Equal(Texts.NoReminder, (await _chat.SayAsync("show my reminders")).Texts());
    }

    [Fact]
    public async Task A_one_off_that_cannot_be_delivered_is_retried_within_the_limit_and_then_given_up()
    {
        await _chat.SayAsync("remind me tomorrow at 8");
        var earlierSends = _channel.Attempts;
        _channel.FailNextSends(int.MaxValue);
        _clock.SetUtcNow(At(8, 0).AddDays(1));

        for (var minute = 0; minute < 7 * 24 * 60; minute += 5)
        {
            await SendDueAsync();
            _clock.Advance(TimeSpan.FromMinutes(5));
        }

        Assert.Equal(1 + _host.Options.MaxRetries, _channel.Attempts - earlierSends);
    }

    [Fact]
    public async Task A_one_off_replaces_the_weekly_reminder()
    {
        await _chat.SayAsync("remind me every day at 9");

        await _chat.SayAsync("remind me tomorrow at 8");

        Assert.Equal("Your reminder: once, tomorrow (Thu 26 Nov) at 08:00 Europe/Berlin.", (await _chat.SayAsync("show my reminders")).Texts());
        _clock.SetUtcNow(At(9, 0));
        Assert.Equal(0, await SendDueAsync());
        _clock.SetUtcNow(At(8, 0).AddDays(1));
        Assert.Equal(1, await SendDueAsync());
        _clock.SetUtcNow(At(9, 0).AddDays(2));
        Assert.Equal(0, await SendDueAsync());
    }

    [Theory]
    [InlineData("remind me today at 9am")]
    [InlineData("remind me today at 09:00")]
    public async Task Today_at_a_time_already_past_is_not_set_and_another_time_is_asked_for(string request)
    {
        await _chat.SayAsync("remind me weekdays at 18:00");
        _clock.SetUtcNow(At(10, 0));

        var replies = await _chat.SayAsync(request);

        Assert.Equal("It's already past 09:00 today in Europe/Berlin, so I can't remind you then. What time would suit you instead? "
            + "For example \"11:30\", \"5pm\" or \"tomorrow at 09:00\".", replies.Texts());
        var stored = await _host.Store.ReadAsync(UserKey, CancellationToken.None);
        Assert.False(stored!.Schedule.Once);
    }

    [Fact]
    public async Task The_answer_to_the_re_ask_sets_the_one_off_today_and_a_time_still_past_is_asked_again()
    {
        _clock.SetUtcNow(At(10, 0));
        await _chat.SayAsync("remind me today at 9am");

        Assert.Equal(Texts.OnceTimeRetry, (await _chat.SayAsync("hmm, soon")).Texts());
        Assert.StartsWith("It's already past 08:00 today", (await _chat.SayAsync("8am")).Texts());
        Assert.Contains("I'll remind you once, today (Wed 25 Nov) at 11:30 Europe/Berlin.", (await _chat.SayAsync("11:30")).Texts());
        _clock.SetUtcNow(At(11, 30));
        Assert.Equal(1, await SendDueAsync());
    }

    [Fact]
    public async Task Never_mind_leaves_the_re_ask_and_the_earlier_reminder_as_it_was()
    {
        await _chat.SayAsync("remind me weekdays at 18:00");
        _clock.SetUtcNow(At(10, 0));
        await _chat.SayAsync("remind me today at 9am");

        await _chat.SayAsync("never mind");

        Assert.Equal("Your reminder: weekdays (Mon to Fri) at 18:00 Europe/Berlin. The next one is Wed 25 Nov at 18:00 Europe/Berlin.",
            (await _chat.SayAsync("show my reminders")).Texts());
    }

    [Fact]
    public async Task The_answer_to_the_re_ask_may_name_tomorrow_instead()
    {
        _clock.SetUtcNow(At(10, 0));
        await _chat.SayAsync("remind me today at 9am");

        Assert.Contains("I'll remind you once, tomorrow (Thu 26 Nov) at 09:00 Europe/Berlin.", (await _chat.SayAsync("tomorrow at 9 then")).Texts());
    }

    [Theory]
    [InlineData("remind me today at 3", "15:00")]
    [InlineData("remind me today at 9", "21:00")]
    [InlineData("remind me today at 4:30", "16:30")]
    public async Task Today_at_a_bare_hour_already_past_this_morning_is_that_hour_this_afternoon(string request, string time)
    {
        _clock.SetUtcNow(At(10, 0));

        Assert.Contains($"once, today (Wed 25 Nov) at {time} Europe/Berlin", (await _chat.SayAsync(request)).Texts());
    }

    [Fact]
    public async Task Later_today_at_a_time_sets_a_one_off_rather_than_snoozing()
    {
        _clock.SetUtcNow(At(10, 0));

        Assert.Contains("once, today (Wed 25 Nov) at 17:00 Europe/Berlin", (await _chat.SayAsync("remind me later today at 5")).Texts());
    }

    [Fact]
    public async Task Today_and_tonight_later_than_now_are_set_for_today()
    {
        Assert.Contains("once, today (Wed 25 Nov) at 09:00 Europe/Berlin", (await _chat.SayAsync("remind me today at 9")).Texts());
        Assert.Contains("once, today (Wed 25 Nov) at 20:00 Europe/Berlin", (await _chat.SayAsync("remind me tonight at 8")).Texts());
    }

    [Fact]
    public async Task A_one_off_without_a_time_asks_for_the_time_in_words()
    {
        var replies = await _chat.SayAsync("remind me tomorrow");

        Assert.Equal(Texts.AskOnceTime, replies.Texts());
        Assert.Equal(Texts.NoReminder, (await _chat.SayAsync("show my reminders")).Texts());
    }

    [Fact]
    public async Task Snoozing_a_one_off_before_it_comes_moves_it_a_day()
    {
        await _chat.SayAsync("remind me tomorrow at 8");

        var replies = await _chat.SayAsync("snooze reminders");

        Assert.Equal("Okay, I'll leave you be for now. Next reminder: Fri 27 Nov at 08:00 Europe/Berlin.", replies.Texts());
        _clock.SetUtcNow(At(8, 0).AddDays(1));
        Assert.Equal(0, await SendDueAsync());
        _clock.SetUtcNow(At(8, 0).AddDays(2));
        Assert.Equal(1, await SendDueAsync());
        _clock.SetUtcNow(At(8, 0).AddDays(9));
        Assert.Equal(0, await SendDueAsync());
    }

    [Fact]
    public async Task Snoozing_a_one_off_over_the_autumn_clock_change_keeps_its_clock_time()
    {
        // Friday 23 October 2026, 07:00 in Berlin; the clocks go back early on Sunday the 25th.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 10, 23, 5, 0, 0, TimeSpan.Zero));
        await using var host = new ReminderHost(new ReminderChannel(), clock);
        var chat = new ReminderChat(host);
        await chat.SayAsync("remind me tomorrow at 8");

        var replies = await chat.SayAsync("snooze reminders");

        Assert.Equal("Okay, I'll leave you be for now. Next reminder: Sun 25 Oct at 08:00 Europe/Berlin.", replies.Texts());
    }

    [Fact]
    public async Task The_snooze_button_of_a_sent_one_off_brings_it_back_once_a_day_later()
    {
        await _chat.SayAsync("remind me tomorrow at 8");
        _clock.SetUtcNow(At(8, 0).AddDays(1));
        await SendDueAsync();
        _channel.Take();

        var replies = await _chat.TapAsync("Snooze for a day", new { action = CardActions.SnoozeReminder });

        Assert.Equal("Okay, I'll leave you be for now. Next reminder: Fri 27 Nov at 08:00 Europe/Berlin.", replies.Texts());
        _clock.SetUtcNow(At(8, 0).AddDays(2));
        Assert.Equal(1, await SendDueAsync());
        _clock.SetUtcNow(At(8, 0).AddDays(9));
        Assert.Equal(0, await SendDueAsync());
    }

    [Fact]
    public async Task A_one_off_whose_time_passed_while_paused_is_not_resumed()
    {
        await _chat.SayAsync("remind me tomorrow at 8");
        await _chat.SayAsync("pause reminders");
        _clock.SetUtcNow(At(9, 0).AddDays(1));

        Assert.Equal(Texts.OnceMissed, (await _chat.SayAsync("resume reminders")).Texts());
        Assert.Equal(0, await SendDueAsync());
        Assert.Equal(Texts.NoReminder, (await _chat.SayAsync("show my reminders")).Texts());
    }

    [Fact]
    public async Task A_paused_one_off_resumed_before_its_time_keeps_its_time()
    {
        await _chat.SayAsync("remind me tomorrow at 8");
        await _chat.SayAsync("pause reminders");

        Assert.Equal("Reminders are back on: once, tomorrow (Thu 26 Nov) at 08:00 Europe/Berlin.", (await _chat.SayAsync("resume reminders")).Texts());
        _clock.SetUtcNow(At(8, 0).AddDays(1));
        Assert.Equal(1, await SendDueAsync());
    }

    [Fact]
    public async Task Without_a_reported_time_zone_the_one_off_is_set_in_the_zone_named()
    {
        _chat.BrowserTimeZone = null;

        Assert.Equal(Texts.AskTimeZone, (await _chat.SayAsync("remind me tomorrow at 8")).Texts());
        var confirmed = await _chat.SayAsync("London");

        Assert.Contains("I'll remind you once, tomorrow (Thu 26 Nov) at 08:00 Europe/London.", confirmed.Texts());
    }

    [Fact]
    public async Task Two_instances_send_a_one_off_exactly_once()
    {
        using var store = new SharedStore(SharedStore.Sqlite);
        var channel = new ReminderChannel();
        await using var first = new ReminderHost(channel, _clock, store.Open(_clock));
        await using var second = new ReminderHost(channel, _clock, store.Open(_clock));
        await new ReminderChat(first, channel).SayAsync("remind me tomorrow at 8");
        channel.Take();

        for (var day = 1; day <= 8; day++)
        {
            _clock.SetUtcNow(At(8, 0).AddDays(day));
            await Task.WhenAll(
                Task.Run(() => first.Scheduler.SendDueAsync(CancellationToken.None)),
                Task.Run(() => second.Scheduler.SendDueAsync(CancellationToken.None)));
        }

        Assert.Single(channel.Take());
    }

    // Today (Wednesday 25 November 2026) at this Berlin time, in UTC.
    private static DateTimeOffset At(int hour, int minute) => new DateTimeOffset(2026, 11, 25, hour, minute, 0, TimeSpan.FromHours(1)).ToUniversalTime();

    private Task<int> SendDueAsync() => _host.Scheduler.SendDueAsync(CancellationToken.None);
}
