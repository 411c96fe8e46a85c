using BackStrength.Bot.Conversation;
using BackStrength.Bot.Reminders;
using BackStrength.Bot.State;
using BackStrength.Cards;
using BackStrength.Coaching;
using BackStrength.Reminders.Tests.Support;
using BackStrength.Storage.Memory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests;

/// <summary>When and how reminders reach the chat: on time, once, late after downtime, retried, and not when off.</summary>
public sealed class ReminderDeliveryTests : IAsyncLifetime
{
    // Wednesday 25 November 2026, 07:00 in Berlin (UTC+1).
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
    private readonly ReminderChannel _channel = new();
    private readonly ReminderHost _host;
    private readonly ReminderChat _chat;

    public ReminderDeliveryTests()
    {
        _host = new ReminderHost(_channel, _clock);
        _chat = new ReminderChat(_host);
    }

    private static string UserKey => ReminderStore.KeyOf(new ChannelAccount("user-1"), "test");

    public async Task InitializeAsync() => await _chat.SayAsync("remind me every day at 9");

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Nothing_is_sent_before_the_time_and_one_reminder_at_it()
    {
        _clock.SetUtcNow(At(8, 59));
        Assert.Equal(0, await SendDueAsync());

        _clock.SetUtcNow(At(9, 0));
        Assert.Equal(1, await SendDueAsync());
        Assert.Equal(0, await SendDueAsync());

        var reminder = Assert.Single(_channel.Take());
        Assert.Equal([CardActions.Start, CardActions.SnoozeReminder], new[] { reminder }.ButtonActions());
        Assert.Contains(_host.Texts.DueTitle, new[] { reminder }.CardWords());
        Assert.Equal("conversation-1", reminder.Conversation.Id);
    }

    [Fact]
    public async Task With_saved_answers_the_reminder_shows_todays_plan_before_the_buttons()
    {
        await SaveBaselineAsync(new BaselineAnswers(Experience.Some, CanGetToFloor: true, KneelingComfortable: true, Equipment.None, Focus: null, PainSpreadsBelowKnee: false));
        _clock.SetUtcNow(At(9, 0));

        await SendDueAsync();

        var messages = _channel.Take();
        Assert.Equal(2, messages.Count);
        Assert.Equal(_host.Texts.DueWithPlan, ((IMessageActivity)messages[0]).Text);
        Assert.Contains(CardActions.StartSession, new[] { messages[0] }.ButtonActions());
        Assert.Equal([CardActions.Start, CardActions.SnoozeReminder], new[] { messages[1] }.ButtonActions());
    }

    [Fact]
    public async Task Reminders_missed_while_no_instance_ran_are_sent_once_late_then_the_schedule_carries_on()
    {
        // Down from before Wednesday's reminder until Saturday 10:30: Wed, Thu, Fri and Sat were missed.
        _clock.SetUtcNow(At(10, 30).AddDays(3));

        Assert.Equal(1, await SendDueAsync());
        Assert.Equal(0, await SendDueAsync());
        Assert.Single(_channel.Take());
        Assert.Equal(At(9, 0).AddDays(4), (await _host.Store.ReadAsync(UserKey, CancellationToken.None))!.NextDueUtc);
    }

    [Fact]
    public async Task A_failed_send_is_retried_after_a_growing_wait_and_then_delivered()
    {
        var retryDelay = _host.Options.RetryDelay;
        var earlierSends = _channel.Attempts;
        _channel.FailNextSends(2);
        _clock.SetUtcNow(At(9, 0));

        Assert.Equal(0, await SendDueAsync());
        Assert.Equal(1, _channel.Attempts - earlierSends);

        _clock.Advance(retryDelay);
        Assert.Equal(0, await SendDueAsync());
        Assert.Equal(2, _channel.Attempts - earlierSends);

        // The second retry waits twice as long.
        _clock.Advance(retryDelay);
        Assert.Equal(0, await SendDueAsync());
        Assert.Equal(2, _channel.Attempts - earlierSends);

        _clock.Advance(retryDelay);
        Assert.Equal(1, await SendDueAsync());
        Assert.Single(_channel.Take());
    }

    [Fact]
    public async Task Retries_stop_after_the_limit_until_the_next_occurrence()
    {
        var earlierSends = _channel.Attempts;
        _channel.FailNextSends(int.MaxValue);
        _clock.SetUtcNow(At(9, 0));

        for (var minute = 0; minute < 120; minute++)
        {
            await SendDueAsync();
            _clock.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(1 + _host.Options.MaxRetries, _channel.Attempts - earlierSends);

        _channel.FailNextSends(0);
        _clock.SetUtcNow(At(9, 0).AddDays(1));
        Assert.Equal(1, await SendDueAsync());
    }

    [Fact]
    public async Task A_paused_reminder_is_not_sent_and_resuming_skips_what_was_missed()
    {
        await _chat.SayAsync("pause reminders");
        _clock.SetUtcNow(At(9, 0).AddDays(2));
        Assert.Equal(0, await SendDueAsync());

        await _chat.SayAsync("resume reminders");
        Assert.Equal(0, await SendDueAsync());

        _clock.SetUtcNow(At(9, 0).AddDays(3));
        Assert.Equal(1, await SendDueAsync());
    }

    [Fact]
    public async Task Snoozing_from_the_reminder_puts_the_next_one_off_by_a_day()
    {
        _clock.SetUtcNow(At(9, 0));
        await SendDueAsync();
        _channel.Take();

        _clock.SetUtcNow(At(9, 5));
        var replies = await _chat.TapAsync("Snooze for a day", new { action = CardActions.SnoozeReminder });
        Assert.Contains("Thu 26 Nov at 09:05 Europe/Berlin", replies.Texts());

        _clock.SetUtcNow(At(9, 1).AddDays(1));
        Assert.Equal(0, await SendDueAsync());
        _clock.SetUtcNow(At(9, 5).AddDays(1));
        Assert.Equal(1, await SendDueAsync());
    }

    [Fact]
    public async Task The_reminder_follows_the_person_to_the_conversation_they_last_wrote_in()
    {
        await new ReminderChat(_host, new ReminderChannel("conversation-2")).SayAsync("thanks");
        _clock.SetUtcNow(At(9, 0));

        await SendDueAsync();

        Assert.Equal("conversation-2", Assert.Single(_channel.Take()).Conversation.Id);
    }

    [Fact]
    public async Task Back_in_an_earlier_conversation_the_reminder_returns_there_once_the_check_interval_has_passed()
    {
        await new ReminderChat(_host, new ReminderChannel("conversation-2")).SayAsync("thanks");
        _clock.Advance(_host.Options.FollowCheckInterval);
        await _chat.SayAsync("thanks");
        _clock.SetUtcNow(At(9, 0));

        await SendDueAsync();

        Assert.Equal("conversation-1", Assert.Single(_channel.Take()).Conversation.Id);
    }

    [Fact]
    public async Task Messages_in_one_conversation_read_the_reminder_once_per_check_interval_not_each_time()
    {
        var store = new KeyReadCounter(new InMemoryStorage(_clock), UserKey);
        await using var host = new ReminderHost(new ReminderChannel(), _clock, store);
        var chat = new ReminderChat(host);
        await chat.SayAsync("hello");
        var afterFirstMessage = store.Reads;

        await chat.SayAsync("what can you do?");
        await chat.SayAsync("thanks");
        Assert.Equal(afterFirstMessage, store.Reads);

        _clock.Advance(host.Options.FollowCheckInterval);
        await chat.SayAsync("thanks");
        Assert.Equal(afterFirstMessage + 1, store.Reads);
    }

    [Fact]
    public async Task A_stopped_reminder_is_never_sent()
    {
        await _chat.SayAsync("stop reminders");
        _clock.SetUtcNow(At(9, 0).AddDays(1));

        Assert.Equal(0, await SendDueAsync());
        Assert.Empty(_channel.Take());
    }

    [Fact]
    public async Task Across_the_spring_clock_change_the_reminder_still_comes_at_nine_local_time()
    {
        // Saturday 28 March 2026, 07:00 in Berlin, the day before it moves to summer time.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 28, 6, 0, 0, TimeSpan.Zero));
        await using var host = new ReminderHost(new ReminderChannel(), clock);
        await new ReminderChat(host).SayAsync("remind me every day at 9");

        clock.SetUtcNow(new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await host.Scheduler.SendDueAsync(CancellationToken.None));
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 6, 59, 0, TimeSpan.Zero));
        Assert.Equal(0, await host.Scheduler.SendDueAsync(CancellationToken.None));
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await host.Scheduler.SendDueAsync(CancellationToken.None));
    }

    [Fact]
    public async Task The_polling_service_sends_a_due_reminder_on_its_own()
    {
        var pollInterval = TimeSpan.FromMinutes(1);
        await using var polling = new ReminderHost(_channel, _clock, _host.Services.GetRequiredService<IStorage>(), pollInterval);
        _ = polling.Services;
        _clock.SetUtcNow(At(9, 0));

        // The service's timer may start on another thread after the clock moved; keep moving it until it has fired.
        var delivered = _channel.WaitForAsync(1);
        while (!delivered.IsCompleted)
        {
            _clock.Advance(pollInterval);
            await Task.WhenAny(delivered, Task.Delay(TimeSpan.FromMilliseconds(100)));
        }

        Assert.Contains(_host.Texts.DueTitle, (await delivered).CardWords());
    }

    // Today (Wednesday 25 November 2026) at this Berlin time, in UTC.
    private static DateTimeOffset At(int hour, int minute) => new DateTimeOffset(2026, 11, 25, hour, minute, 0, TimeSpan.FromHours(1)).ToUniversalTime();

    private Task<int> SendDueAsync() => _host.Scheduler.SendDueAsync(CancellationToken.None);

    private async Task SaveBaselineAsync(BaselineAnswers baseline)
    {
        var turn = new TurnContext(_channel, _channel.Conversation.GetContinuationActivity());
        var profile = await _host.Services.GetRequiredService<CoachingStateAccessors>().ProfileAsync(turn, CancellationToken.None);
        profile.Baseline = baseline;
        await _host.Services.GetRequiredService<UserState>().SaveChangesAsync(turn, false, CancellationToken.None);
    }
}
