using System.Globalization;
using BackStrength.Bot.Reminders;
using BackStrength.Cards;
using BackStrength.Reminders.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Reminders.Tests;

/// <summary>Setting and managing a reminder by chatting with the real bot (memory storage, fake clock).</summary>
public sealed class ReminderConversationTests : IAsyncLifetime
{
    // Wednesday 25 November 2026, 07:00 in Berlin.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 25, 6, 0, 0, TimeSpan.Zero));
    private readonly ReminderHost _host;
    private readonly ReminderChat _chat;

    public ReminderConversationTests()
    {
        _host = new ReminderHost(new ReminderChannel(), _clock);
        _chat = new ReminderChat(_host);
    }

    private ReminderTexts Texts => _host.Texts;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_typed_schedule_is_confirmed_in_words_in_the_browsers_time_zone()
    {
        var replies = await _chat.SayAsync("remind me Monday, Wednesday and Friday at 9");

        Assert.Contains("I'll remind you Mon, Wed, Fri at 09:00 Europe/Berlin.", replies.Texts());
    }

    [Theory]
    [InlineData("remind me weekdays at 8:30", "weekdays (Mon to Fri) at 08:30 Europe/Berlin")]
    [InlineData("remind me every day at 7pm", "every day at 19:00 Europe/Berlin")]
    [InlineData("reminder tue thu 12:15", "Tue, Thu at 12:15 Europe/Berlin")]
    public async Task Other_ways_of_saying_it_are_understood(string request, string described)
    {
        var replies = await _chat.SayAsync(request);

        Assert.Contains($"I'll remind you {described}.", replies.Texts());
    }

    [Fact]
    public async Task Without_a_reported_time_zone_the_bot_asks_for_one_and_keeps_asking_until_it_knows_it()
    {
        _chat.BrowserTimeZone = null;

        Assert.Equal(Texts.AskTimeZone, (await _chat.SayAsync("remind me weekdays at 8:30")).Texts());
        Assert.Equal(Texts.TimeZoneRetry, (await _chat.SayAsync("somewhere sunny")).Texts());
        var confirmed = await _chat.SayAsync("America/New_York");

        Assert.Contains("weekdays (Mon to Fri) at 08:30 America/New_York", confirmed.Texts());
        Assert.Contains("America/New_York", (await _chat.SayAsync("show my reminders")).Texts());
    }

    // Held out on a live bot: "remind me weekdays at 9 new york time" still asked for the time zone, and "change my
    // time zone to Tokyo" was not taken as about the reminder at all.
    [Theory]
    [InlineData("Europe/Berlin", "remind me weekdays at 9 new york time", "weekdays (Mon to Fri) at 09:00 America/New_York")]
    [InlineData(null, "remind me every day at 7pm london time", "every day at 19:00 Europe/London")]
    [InlineData(null, "reminder mon wed fri at 12:30 UTC", "Mon, Wed, Fri at 12:30 UTC")]
    // A region rather than a city: "west coast time" asked for the time zone on the live bot, and where the system lists
    // the zone alias Australia/West it was Perth; "EST" alone is a zone without summer time.
    [InlineData(null, "remind me weekdays at 9 west coast time", "weekdays (Mon to Fri) at 09:00 America/Los_Angeles")]
    [InlineData("Europe/Berlin", "remind me daily at 7 east coast time", "every day at 07:00 America/New_York")]
    [InlineData(null, "reminder fridays at 8 EST", "Fri at 08:00 America/New_York")]
    [InlineData(null, "remind me at 9 central european time", "every day at 09:00 Europe/Berlin")]
    public async Task A_time_zone_named_with_the_request_is_the_reminders(string? browserTimeZone, string request, string described)
    {
        _chat.BrowserTimeZone = browserTimeZone;

        Assert.Contains($"I'll remind you {described}.", (await _chat.SayAsync(request)).Texts());
    }

    [Theory]
    [InlineData("change my time zone to Tokyo")]
    [InlineData("my timezone is Asia/Tokyo now")]
    public async Task Naming_another_time_zone_moves_the_reminder_there_at_the_same_clock_time(string change)
    {
        await _chat.SayAsync("remind me weekdays at 10am");
        await _chat.SayAsync("start");

        Assert.Contains("I'll remind you weekdays (Mon to Fri) at 10:00 Asia/Tokyo.", (await _chat.SayAsync(change)).Texts());
    }

    [Theory]
    [InlineData("actually make it every weekday at 12:30", "weekdays (Mon to Fri) at 12:30 Europe/London")]
    [InlineData("no wait, mondays at 7pm", "Mon at 19:00 Europe/London")]
    public async Task A_changed_request_at_the_time_zone_question_replaces_the_first_and_the_zone_is_asked_again(string change, string described)
    {
        _chat.BrowserTimeZone = null;
        await _chat.SayAsync("remind me tomorrow at 8am");

        Assert.Equal(Texts.AskTimeZone, (await _chat.SayAsync(change)).Texts());
        var confirmed = await _chat.SayAsync("London");

        Assert.Contains($"I'll remind you {described}.", confirmed.Texts());
    }

    [Fact]
    public async Task Asking_what_is_set_at_the_time_zone_question_answers_that_instead_of_rejecting_the_zone()
    {
        _chat.BrowserTimeZone = null;
        await _chat.SayAsync("remind me weekdays at 9");

        Assert.Equal(Texts.NoReminder, (await _chat.SayAsync("what reminders do I have?")).Texts());
    }

    [Fact]
    public async Task Teams_time_zone_comes_from_the_client_info_entity()
    {
        _chat.BrowserTimeZone = null;
        var message = new Activity(ActivityTypes.Message)
        {
            Text = "remind me mon-fri at 9",
            Entities = [new Entity("clientInfo") { Properties = { ["timezone"] = "Asia/Tokyo", ["locale"] = "en-US" } }],
        };

        var replies = await _chat.TurnAsync(message);

        Assert.Contains("weekdays (Mon to Fri) at 09:00 Asia/Tokyo", replies.Texts());
    }

    [Fact]
    public async Task A_known_time_zone_is_not_asked_again_when_the_schedule_changes()
    {
        await _chat.SayAsync("remind me daily at 7");
        _chat.BrowserTimeZone = null;

        var replies = await _chat.SayAsync("remind me at 18:00 on saturdays");

        Assert.Contains("Sat at 18:00 Europe/Berlin", replies.Texts());
    }

    [Fact]
    public async Task Show_tells_the_current_schedule_and_a_new_request_replaces_it()
    {
        Assert.Equal(Texts.NoReminder, (await _chat.SayAsync("show my reminders")).Texts());

        await _chat.SayAsync("remind me Monday, Wednesday and Friday at 9");
        await _chat.SayAsync("remind me weekends at 10:30");

        Assert.Equal("Your reminder: weekends (Sat and Sun) at 10:30 Europe/Berlin. The next one is Sat 28 Nov at 10:30 Europe/Berlin.",
            (await _chat.SayAsync("show my reminders")).Texts());
    }

    [Fact]
    public async Task Asking_without_a_time_shows_the_reminder_card_prefilled_with_what_was_said()
    {
        var replies = await _chat.SayAsync("remind me on tuesdays");

        Assert.True(replies.HasInput(ReminderCardView.DaysField));
        Assert.True(replies.HasInput(ReminderCardView.TimeField));
        Assert.Equal([CardActions.SetReminder], replies.ButtonActions());
        Assert.Contains("Times are in Europe/Berlin.", replies.CardWords());
        Assert.Equal("tuesday", (string?)replies[0].Card()!.SelectToken("$..[?(@.id == 'days')].value"));
        Assert.Contains(Texts.AskSchedule, replies.Texts());
    }

    [Fact]
    public async Task The_card_sets_the_reminder_from_its_inputs()
    {
        var replies = await _chat.TapAsync("Set reminder", new { action = CardActions.SetReminder, days = "monday,thursday", time = "07:45" });

        Assert.Contains("I'll remind you Mon, Thu at 07:45 Europe/Berlin.", replies.Texts());
    }

    [Fact]
    public async Task Pause_and_resume_are_reflected_when_shown()
    {
        await _chat.SayAsync("remind me every day at 9");

        Assert.Equal(Texts.Paused, (await _chat.SayAsync("pause reminders")).Texts());
        Assert.Contains("is paused", (await _chat.SayAsync("show my reminders")).Texts());
        Assert.Equal("Reminders are back on: every day at 09:00 Europe/Berlin.", (await _chat.SayAsync("resume reminders")).Texts());
        Assert.StartsWith("Your reminder: every day at 09:00 Europe/Berlin. The next one is ", (await _chat.SayAsync("show my reminders")).Texts());
    }

    // Today is Wednesday 25 November in Berlin; "until" a day means from that day on, next week when it is today. A length
    // instead of a day: from today that many days on, the first of the reminder's days. Held out on a live bot, 0 of 4
    // pauses for a length ended by themselves before the fix ("pause reminders for a week" paused until resumed; "no
    // reminders for 3 days" set a reminder at 03:00).
    [Theory]
    [InlineData("pause reminders until monday", "Mon 30 Nov at 10:00")]
    [InlineData("pause my reminders till next week", "Mon 30 Nov at 10:00")]
    [InlineData("hold my reminders until friday please", "Fri 27 Nov at 10:00")]
    [InlineData("pause reminders till wednesday", "Wed 2 Dec at 10:00")]
    [InlineData("pause reminders for two weeks", "Wed 9 Dec at 10:00")]
    [InlineData("no reminders for 3 days", "Mon 30 Nov at 10:00")]
    [InlineData("hold the reminders for a couple of days", "Fri 27 Nov at 10:00")]
    [InlineData("turn my reminders off for 1 week pls", "Wed 2 Dec at 10:00")]
    [InlineData("stop reminders until friday", "Fri 27 Nov at 10:00")]
    // Without "pause", "no" or "stop": before, each showed the reminder card.
    [InlineData("skip reminders for a fortnight", "Wed 9 Dec at 10:00")]
    [InlineData("take a break from reminders for 3 days", "Mon 30 Nov at 10:00")]
    [InlineData("mute reminders for a week", "Wed 2 Dec at 10:00")]
    public async Task A_pause_until_a_day_or_for_a_length_ends_by_itself_and_says_when_the_next_reminder_comes(string pause, string next)
    {
        await _chat.SayAsync("remind me weekdays at 10am");

        var replies = await _chat.SayAsync(pause);

        Assert.Equal($"Okay, I'll leave you be for now. Next reminder: {next} Europe/Berlin.", replies.Texts());
        Assert.Equal($"Your reminder: weekdays (Mon to Fri) at 10:00 Europe/Berlin. The next one is {next} Europe/Berlin.",
            (await _chat.SayAsync("show my reminders")).Texts());
    }

    // Stopping on some days leaves those days out. Before, "stop reminders on fridays" deleted the whole reminder, and
    // "no reminders on fridays" and "dont remind me on weds" were not understood.
    [Theory]
    [InlineData("no reminders on fridays", "Mon, Tue, Wed, Thu")]
    [InlineData("stop reminders on fridays", "Mon, Tue, Wed, Thu")]
    [InlineData("pls dont remind me on weds", "Mon, Tue, Thu, Fri")]
    [InlineData("no reminder on mondays or tuesdays thx", "Wed, Thu, Fri")]
    [InlineData("cancel the monday reminders", "Tue, Wed, Thu, Fri")]
    [InlineData("reminders: none on thursdays", "Mon, Tue, Wed, Fri")]
    public async Task Stopping_reminders_on_some_days_leaves_those_days_out(string stop, string days)
    {
        await _chat.SayAsync("remind me weekdays at 10am");
        await _chat.SayAsync("thanks");

        Assert.Contains($"I'll remind you {days} at 10:00 Europe/Berlin.", (await _chat.SayAsync(stop)).Texts());
        Assert.StartsWith($"Your reminder: {days} at 10:00 Europe/Berlin. The next one is ", (await _chat.SayAsync("show my reminders")).Texts());
    }

    // "Drop the friday one" with reminders set: that day is left out, and the reply says which went. Before, neither
    // "drop" nor "get rid of" was understood, and leaving a day out only said "Done".
    [Theory]
    [InlineData("drop the friday one", "Friday", "Mon, Wed")]
    [InlineData("get rid of the monday one", "Monday", "Wed, Fri")]
    [InlineData("delete the friday reminder", "Friday", "Mon, Wed")]
    [InlineData("ditch the wednesday and friday ones", "Wednesday, Friday", "Mon")]
    public async Task Dropping_one_days_reminder_leaves_that_day_out_and_says_so(string drop, string dropped, string kept)
    {
        await _chat.SayAsync("remind me monday, wednesday and friday at 9");
        await _chat.SayAsync("thanks");

        var replies = await _chat.SayAsync(drop);

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Texts.DaysDropped, dropped, $"{kept} at 09:00 Europe/Berlin"), replies.Texts());
    }

    [Fact]
    public async Task Dropping_a_day_the_reminder_does_not_have_says_so_and_keeps_it()
    {
        await _chat.SayAsync("remind me monday, wednesday and friday at 9");
        await _chat.SayAsync("thanks");

        var replies = await _chat.SayAsync("drop the tuesday one");

        Assert.Equal(string.Format(CultureInfo.InvariantCulture, Texts.DaysNotInReminder, "Tuesday", "Mon, Wed, Fri at 09:00 Europe/Berlin"), replies.Texts());
    }

    // The card's own day names typed straight after it, as its button would send them (before: not taken as the reminder).
    [Theory]
    [InlineData("monday and friday at 9", "Mon, Fri at 09:00")]
    [InlineData("Tuesday, Thursday 7:30", "Tue, Thu at 07:30")]
    public async Task Days_and_a_time_typed_at_the_reminder_card_set_the_reminder(string typed, string described)
    {
        await _chat.SayAsync("set a reminder");

        var replies = await _chat.SayAsync(typed);

        Assert.Contains($"I'll remind you {described} Europe/Berlin.", replies.Texts());
    }

    [Fact]
    public async Task Stopping_the_only_day_of_a_reminder_stops_it()
    {
        await _chat.SayAsync("remind me fridays at 10am");

        Assert.Equal(Texts.Stopped, (await _chat.SayAsync("no reminders on fridays")).Texts());
    }

    [Theory]
    [InlineData("stop reminding me every day")]
    [InlineData("delete the daily reminder")]
    public async Task Stopping_a_reminder_that_names_its_days_still_stops_it(string stop)
    {
        await _chat.SayAsync("remind me every day at 9");

        Assert.Equal(Texts.Stopped, (await _chat.SayAsync(stop)).Texts());
    }

    [Theory]
    [InlineData("do i have any reminders?")]
    [InlineData("when's my next reminder")]
    [InlineData("have I got a reminder set up")]
    public async Task Asking_whether_there_is_a_reminder_shows_it(string question)
    {
        await _chat.SayAsync("remind me weekdays at 10am");

        Assert.Equal("Your reminder: weekdays (Mon to Fri) at 10:00 Europe/Berlin. The next one is Wed 25 Nov at 10:00 Europe/Berlin.",
            (await _chat.SayAsync(question)).Texts());
    }

    [Fact]
    public async Task Snooze_says_when_the_next_reminder_comes_in_local_time()
    {
        await _chat.SayAsync("remind me every day at 9");

        var replies = await _chat.SayAsync("snooze reminders");

        // A day from now (Wednesday 07:00 in Berlin).
        Assert.Equal("Okay, I'll leave you be for now. Next reminder: Thu 26 Nov at 07:00 Europe/Berlin.", replies.Texts());
    }

    [Theory]
    [InlineData("snooze")]
    [InlineData("Snooze")]
    [InlineData("snooze the reminder")]
    // With a typo, or the due message's button copied with one (before: the reminder card, as if setting a new one).
    [InlineData("snoze")]
    [InlineData("snooze for a dya")]
    [InlineData("snoze it pls")]
    public async Task Snooze_can_be_typed_on_its_own(string typed)
    {
        await _chat.SayAsync("remind me every day at 9");

        Assert.StartsWith("Okay, I'll leave you be for now.", (await _chat.SayAsync(typed)).Texts());
    }

    [Fact]
    public async Task Stop_removes_the_reminder()
    {
        await _chat.SayAsync("remind me every day at 9");

        Assert.Equal(Texts.Stopped, (await _chat.SayAsync("stop reminders")).Texts());
        Assert.Equal(Texts.NoReminder, (await _chat.SayAsync("show my reminders")).Texts());
        Assert.Empty(await _host.Store.KeysAsync(CancellationToken.None));
    }

    [Theory]
    [InlineData("pause reminders")]
    [InlineData("resume reminders")]
    [InlineData("snooze reminders")]
    [InlineData("stop reminders")]
    public async Task Commands_without_a_reminder_say_there_is_none(string command) =>
        Assert.Equal(Texts.NoReminder, (await _chat.SayAsync(command)).Texts());

    [Fact]
    public async Task Forget_me_deletes_the_reminder_too()
    {
        await _chat.SayAsync("remind me every day at 9");

        await _chat.SayAsync("forget me");
        await _chat.TapAsync("Delete everything", new { action = CardActions.ForgetMeConfirm });

        Assert.Empty(await _host.Store.KeysAsync(CancellationToken.None));
        Assert.Null(await _host.Store.ReadAsync(ReminderStore.KeyOf(new ChannelAccount("user-1"), "test"), CancellationToken.None));
    }
}
