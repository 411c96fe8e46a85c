using BackStrength.Bot.Conversation;
using BackStrength.Bot.Dialogs;
using BackStrength.Bot.State;
using BackStrength.Cards;
using BackStrength.Dialogs;
using BackStrength.Dialogs.Choices;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Sets, shows, pauses, resumes, snoozes and stops the person's reminder, typed or from the reminder card: weekly,
/// or once ("tomorrow at 8"). Asks for the time zone only when the channel did not report one and none is stored
/// yet, and for another time when a one-off today asks for a time already past.
/// </summary>
public sealed class ReminderDialog : ComponentDialog, ISideQuestion
{
    private const string Steps = "reminderSteps";
    private const string TimeZonePrompt = "reminderTimeZonePrompt";
    private const string AnotherTimeSteps = "reminderAnotherTimeSteps";
    private const string AnotherTimePrompt = "reminderAnotherTimePrompt";

    /// <summary>Turn state marking that this turn's reply is the card asking for days and a time.</summary>
    private const string CardShownThisTurn = "reminderCardShown";
    private const string PendingDays = "days";
    private const string PendingTime = "time";
    private const string PendingDaysFromToday = "daysFromToday";
    private const string PendingHalfOfDayOpen = "halfOfDayOpen";

    private readonly CoachingStateAccessors _state;
    private readonly ReminderStore _store;
    private readonly ReminderCommands _commands;
    private readonly ScheduleWording _wording;
    private readonly ReminderCardView _card;
    private readonly ScheduleParser _parser;
    private readonly TimeProvider _time;
    private readonly ReminderTexts _texts;
    private readonly ReminderOptions _options;

    public ReminderDialog(
        CoachingStateAccessors state,
        ReminderStore store,
        ReminderCommands commands,
        ScheduleParser parser,
        ScheduleWording wording,
        ReminderCardView card,
        TimeProvider time,
        IOptions<ReminderTexts> texts,
        IOptions<ReminderOptions> options)
        : base(nameof(ReminderDialog))
    {
        _state = state;
        _store = store;
        _commands = commands;
        _parser = parser;
        _wording = wording;
        _card = card;
        _time = time;
        _texts = texts.Value;
        _options = options.Value;
        AddDialog(new WaterfallDialog(Steps, [ActAsync, SetInNamedZoneAsync]));
        AddDialog(new TextPrompt(TimeZonePrompt, (prompt, _) =>
            Task.FromResult(prompt.Recognized.Succeeded && (TimeZoneNames.Find(prompt.Recognized.Value, _texts.TimeZoneRegions) is not null || IsNewRequest(prompt.Recognized.Value)))));
        AddDialog(new WaterfallDialog(AnotherTimeSteps, [AskAnotherTimeAsync, SetAtAnotherTimeAsync]));
        AddDialog(new TextPrompt(AnotherTimePrompt, (prompt, _) =>
            Task.FromResult(prompt.Recognized.Succeeded && _parser.Parse(prompt.Recognized.Value).Time is not null)));
        InitialDialogId = Steps;
    }

    private async Task<DialogTurnResult> ActAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var key = ReminderStore.KeyOf(turn.Activity);
        var command = CardAnswers.ActionOf(turn) switch
        {
            CardActions.SnoozeReminder => ReminderCommand.Snooze,
            CardActions.SetReminder => ReminderCommand.Set,
            _ => TypedCommand(turn.Activity.Text),
        };
        if (command == ReminderCommand.Set && !await KeepsADayAsync(key, DaysLeftOut(turn.Activity.Text), cancellationToken))
        {
            // "Stop reminding me every day", "no reminders on fridays" for a Friday reminder: no day would be left.
            command = _commands.Classify(turn.Activity.Text);
        }

        var reply = command switch
        {
            ReminderCommand.Show => await ShowAsync(key, cancellationToken),
            ReminderCommand.Pause => await ChangeAsync(key, reminder => Paused(reminder, turn.Activity.Text),
                reminder => reminder.Paused ? _texts.Paused : Format(_texts.Snoozed, _wording.DescribeMoment(reminder.NextDueUtc, reminder.Schedule.TimeZoneId)), cancellationToken),
            ReminderCommand.Resume => await ChangeAsync(key, Resume,
                reminder => reminder.Finished ? _texts.OnceMissed : Format(_texts.Resumed, _wording.Describe(reminder, _time.GetUtcNow())), cancellationToken),
            ReminderCommand.Snooze => await ChangeAsync(key, reminder => reminder.With(nextDueUtc: SnoozedUntil(reminder), failedAttempts: 0),
                reminder => Format(_texts.Snoozed, _wording.DescribeMoment(reminder.NextDueUtc, reminder.Schedule.TimeZoneId)), cancellationToken),
            ReminderCommand.Stop => await StopAsync(key, cancellationToken),
            _ => null,
        };
        if (reply is not null)
        {
            await turn.SendActivityAsync(reply, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        return await BeginSetAsync(step, key, cancellationToken);
    }

    /// <summary>
    /// "Remind me later today at 5" names a day and a time: a reminder to set, though "later" is also a snooze word.
    /// "Change my reminder to 8:30" changes it, though "my reminder" also asks to see it. "No reminders for 3 days" or
    /// "stop them until monday" says when they come back: a pause, not an end. "No reminders on fridays" leaves days out.
    /// </summary>
    private ReminderCommand TypedCommand(string? text)
    {
        var command = _commands.Classify(text);
        var request = _parser.Parse(text);
        return command switch
        {
            ReminderCommand.Snooze when request is { IsOnce: true, Time: not null } => ReminderCommand.Set,
            ReminderCommand.Show when request.NamesAny && IsChange(text, request) => ReminderCommand.Set,
            ReminderCommand.Stop when _parser.NamesPauseEnd(text) => ReminderCommand.Pause,
            ReminderCommand.Stop or ReminderCommand.Pause when DaysLeftOut(text) is not null => ReminderCommand.Set,
            ReminderCommand.Set when !request.NamesAny && SaysSnoozeWithATypo(text) => ReminderCommand.Snooze,
            _ => command,
        };
    }

    /// <summary>
    /// "Snoze", or the due message's button typed ("snooze for a dya"): a snooze, though the command's exact words missed it.
    /// Only read when the message names no day or time, which would make it a reminder to set.
    /// </summary>
    private bool SaysSnoozeWithATypo(string? text) =>
        ChoiceRecognizers.FindMentions(text, [[_texts.SnoozeButton, .. _texts.Commands.GetValueOrDefault(ReminderCommand.Snooze, [])]]).Named.Count > 0;

    /// <summary>
    /// "No reminders on fridays", "stop them on weekends", "mute mondays": stopping or pausing named days leaves those
    /// days out of the reminder rather than ending or pausing all of it. The request with those days to leave out, or
    /// null when the message is no such command, names no days, or says when the reminders come back ("until monday").
    /// </summary>
    private ScheduleRequest? DaysLeftOut(string? text)
    {
        if (_commands.Classify(text) is not (ReminderCommand.Stop or ReminderCommand.Pause) || _parser.NamesPauseEnd(text))
        {
            return null;
        }

        var request = _parser.Parse(text);
        return request switch
        {
            { ExceptDays: not null } => request,
            { Days: not null, Time: null, IsOnce: false } => request with { Days = null, ExceptDays = request.Days },
            _ => null,
        };
    }

    /// <summary>
    /// Whether leaving <paramref name="leftOut"/>'s days out of the weekly reminder keeps a day of it; true when the
    /// message leaves no days out. Without a weekly reminder there is nothing to leave days out of.
    /// </summary>
    private async Task<bool> KeepsADayAsync(string key, ScheduleRequest? leftOut, CancellationToken cancellationToken) =>
        leftOut?.ExceptDays is not { } days
        || (await _store.ReadAsync(key, cancellationToken) is { Schedule: { Once: false } weekly } && weekly.Days.Except(days).Any());

    /// <summary>
    /// Whether a message straight after the bot talked about the reminder is about it, though it does not say so: a
    /// change naming a day or a time ("actually make it 11"), or switching it off or on ("turn them back on", "cancel
    /// that"), or for how long to pause it ("pause for a week"). Snoozing is left out: "can we do it later?" is about the
    /// exercise more often than about the reminder. With the card just shown, days or a time typed in its words ("monday
    /// and friday at 9") answer it, as its button would.
    /// </summary>
    public bool FollowsUp(string? text, bool cardShown = false) => _commands.Classify(text) switch
    {
        ReminderCommand.Set or ReminderCommand.Show => _parser.Parse(text) is { NamesAny: true } request && (cardShown || IsChange(text, request)),
        ReminderCommand.Snooze => false,
        _ => _commands.PointsBack(text) || _parser.NamesPauseEnd(text) || DaysLeftOut(text) is not null,
    };

    /// <summary>"Make it 11", or days to leave out ("not on fridays"): the reminder already set is changed, not replaced.</summary>
    private bool IsChange(string? text, ScheduleRequest request) => request.ExceptDays is not null || _commands.SaysChange(text);

    /// <summary>Marks the reminder as what was just talked about, for <see cref="FollowsUp"/> on the next message.</summary>
    protected override async Task OnEndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        if (reason == DialogReason.EndCalled)
        {
            (await _state.CoachingAsync(turnContext, cancellationToken)).LastReply =
                turnContext.TurnState.ContainsKey(CardShownThisTurn) ? AnswerableReply.ReminderCard : AnswerableReply.Reminder;
        }
    }

    private async Task<DialogTurnResult> BeginSetAsync(WaterfallStepContext step, string key, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var text = RequestText(turn);
        var leftOut = DaysLeftOut(text);
        var request = leftOut ?? _parser.Parse(text);
        var stored = await _store.ReadAsync(key, cancellationToken);
        // "Drop the tuesday one" for a Monday and Friday reminder: nothing to drop, and saying so beats a silent "done".
        if (leftOut?.ExceptDays is { } dropping && stored is { Finished: false, Schedule: { Once: false } unchanged } && !unchanged.Days.Intersect(dropping).Any())
        {
            await turn.SendActivityAsync(Format(_texts.DaysNotInReminder, ScheduleWording.DayNames(dropping), _wording.Describe(unchanged)), cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var namedTimeZone = _commands.SpeaksOfTimeZone(text) ? TimeZoneNames.Find(text, _texts.TimeZoneRegions) : null;
        // "Change my time zone to Tokyo" names nothing else: the reminder keeps its days and clock time in the new zone.
        if (((request.NamesAny && IsChange(text, request)) || (!request.NamesAny && namedTimeZone is not null)) && stored is { Finished: false } current)
        {
            request = KeepUnsaid(request, current);
        }

        request = request.WithoutExceptions(Enum.GetValues<DayOfWeek>());

        if (request.Time is null)
        {
            // The card sets weekly schedules only, so a one-off without a time is asked for in words.
            if (request.IsOnce)
            {
                await turn.SendActivityAsync(_texts.AskOnceTime, cancellationToken: cancellationToken);
                return await step.EndDialogAsync(null, cancellationToken);
            }

            var weekly = stored?.Schedule is { Once: false } schedule ? schedule : null;
            turn.TurnState[CardShownThisTurn] = true;
            await turn.SendActivityAsync(_card.Create(request.Days ?? weekly?.Days, weekly?.Time,
                ChannelTimeZone.Of(turn.Activity) ?? stored?.Schedule.TimeZoneId), cancellationToken);
            await turn.SendActivityAsync(_texts.AskSchedule, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // A zone the person names ("at 9 new york time") is the one they mean, whatever their device reports.
        var timeZone = namedTimeZone ?? ChannelTimeZone.Of(turn.Activity) ?? stored?.Schedule.TimeZoneId;
        if (timeZone is not null)
        {
            var dropped = leftOut?.ExceptDays is { } days && stored?.Schedule is { Once: false } kept ? kept.Days.Intersect(days).ToList() : [];
            return await SetOrAskAgainAsync(step, request, timeZone, cancellationToken, dropped);
        }

        step.Values[PendingDays] = request.Days is null ? string.Empty : string.Join(',', request.Days.Select(day => day.ToString()));
        step.Values[PendingTime] = request.Time.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        step.Values[PendingDaysFromToday] = request.DaysFromToday?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        step.Values[PendingHalfOfDayOpen] = request.HalfOfDayOpen;
        return await step.PromptAsync(TimeZonePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.AskTimeZone),
            RetryPrompt = MessageFactory.Text(_texts.TimeZoneRetry),
        }, cancellationToken);
    }

    /// <summary>
    /// A change keeps what it does not name: "make it 11" keeps the days, or the day of a one-off; "move it to mondays"
    /// keeps the time; "not on fridays" leaves Friday out of the days. A change naming a one-off day ("tomorrow
    /// instead") makes it a one-off that day; so does a single day for a one-off ("actually friday": the next Friday)
    /// unless the change says it repeats ("every friday", "mondays").
    /// </summary>
    private ScheduleRequest KeepUnsaid(ScheduleRequest request, ReminderRecord current)
    {
        var schedule = current.Schedule;
        var time = request.Time ?? schedule.Time;
        var today = ReminderSchedule.LocalDate(_time.GetUtcNow(), schedule.TimeZoneId);
        if (schedule.Once && request is { IsOnce: false, Days: [var named], Repeats: false })
        {
            return request with { Days = null, DaysFromToday = ReminderSchedule.NextDateOn(today, named).DayNumber - today.DayNumber, Time = time };
        }

        if (request.IsOnce || request.Days is not null)
        {
            return request with { Time = time };
        }

        if (!schedule.Once)
        {
            var kept = request.WithoutExceptions(schedule.Days);
            return kept with { Days = kept.Days ?? schedule.Days, Time = time };
        }

        var day = ReminderSchedule.LocalDate(current.NextDueUtc, schedule.TimeZoneId);
        return request with { DaysFromToday = day.DayNumber - today.DayNumber, Time = time };
    }

    public async Task<DialogTurnResult> DropAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        await dc.Context.SendActivityAsync(_texts.NotSet, cancellationToken: cancellationToken);
        return await dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>
    /// At the time zone question, "actually make it weekdays at 12:30" or "what reminders do I have?" is a new request
    /// rather than a wrong answer: it is acted on from the start, and the time zone asked again if still needed.
    /// </summary>
    private bool IsNewRequest(string? text) =>
        _parser.Parse(text).Time is not null || _commands.Classify(text) != ReminderCommand.Set;

    private async Task<DialogTurnResult> SetInNamedZoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (TimeZoneNames.Find((string?)step.Result, _texts.TimeZoneRegions) is not { } timeZone)
        {
            return await step.ReplaceDialogAsync(Steps, null, cancellationToken);
        }

        var days = step.Values.GetValue<string>(PendingDays)!;
        var daysFromToday = step.Values.GetValue<string>(PendingDaysFromToday)!;
        var request = new ScheduleRequest(
            days.Length == 0 ? null : [.. days.Split(',').Select(Enum.Parse<DayOfWeek>)],
            TimeOnly.ParseExact(step.Values.GetValue<string>(PendingTime)!, "HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            daysFromToday.Length == 0 ? null : int.Parse(daysFromToday, System.Globalization.CultureInfo.InvariantCulture),
            step.Values.GetValue<bool>(PendingHalfOfDayOpen));
        return await SetOrAskAgainAsync(step, request, timeZone, cancellationToken);
    }

    /// <summary>"Today at 9" after 9: says so and asks for another time, rather than setting it in the past or moving it.</summary>
    private async Task<DialogTurnResult> AskAnotherTimeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var passed = (PassedOneOff)step.Options!;
        return await step.PromptAsync(AnotherTimePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(string.Format(System.Globalization.CultureInfo.InvariantCulture, _texts.OncePassed, passed.Time, passed.TimeZoneId)),
            RetryPrompt = MessageFactory.Text(_texts.OnceTimeRetry),
        }, cancellationToken);
    }

    /// <summary>The answer is another time today, unless it names its own day ("tomorrow at 9", "mondays at 9").</summary>
    private async Task<DialogTurnResult> SetAtAnotherTimeAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var answer = _parser.Parse((string?)step.Result);
        var request = answer.IsOnce || answer.Days is not null ? answer : answer with { DaysFromToday = 0 };
        return await SetOrAskAgainAsync(step, request, ((PassedOneOff)step.Options!).TimeZoneId, cancellationToken);
    }

    private async Task<DialogTurnResult> SetOrAskAgainAsync(WaterfallStepContext step, ScheduleRequest request, string timeZone, CancellationToken cancellationToken,
        IReadOnlyCollection<DayOfWeek>? dropped = null) =>
        await SetAsync(step.Context, ReminderStore.KeyOf(step.Context.Activity), request, timeZone, cancellationToken, dropped)
            ? await step.EndDialogAsync(null, cancellationToken)
            : await step.ReplaceDialogAsync(AnotherTimeSteps,
                new PassedOneOff(request.Time!.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), timeZone), cancellationToken);

    /// <summary>
    /// Saves the requested reminder, replacing any earlier one, and says when it will come. False, with nothing
    /// saved or said, for a one-off whose time has already passed today. Days <paramref name="dropped"/> from the
    /// reminder are named in the confirmation, so "drop the friday one" hears that Friday went.
    /// </summary>
    private async Task<bool> SetAsync(ITurnContext turn, string key, ScheduleRequest request, string timeZone, CancellationToken cancellationToken,
        IReadOnlyCollection<DayOfWeek>? dropped = null)
    {
        var now = _time.GetUtcNow();
        var time = request.Time!.Value;
        ReminderSchedule schedule;
        DateTimeOffset next;
        if (request.DaysFromToday is { } daysFromToday)
        {
            var date = ReminderSchedule.LocalDate(now, timeZone).AddDays(daysFromToday);
            schedule = ReminderSchedule.OnceOn(date, time, timeZone);
            next = schedule.OccurrenceOn(date);
            if (next <= now && request.HalfOfDayOpen)
            {
                schedule = ReminderSchedule.OnceOn(date, time.AddHours(12), timeZone);
                next = schedule.OccurrenceOn(date);
            }

            if (next <= now)
            {
                return false;
            }
        }
        else
        {
            // "Remind me at 9" with no days named means every day.
            schedule = new ReminderSchedule([.. request.Days ?? Enum.GetValues<DayOfWeek>()], time.Hour, time.Minute, timeZone);
            next = schedule.NextOccurrenceAfter(now)!.Value;
        }

        var reference = turn.Activity.GetConversationReference();
        var saved = await _store.UpdateAsync(key, stored => stored?.With(schedule, reference, next, paused: false, failedAttempts: 0)
            ?? new ReminderRecord { Schedule = schedule, Conversation = reference, NextDueUtc = next }, cancellationToken);
        var confirmation = dropped is { Count: > 0 }
            ? Format(_texts.DaysDropped, ScheduleWording.DayNames(dropped), _wording.Describe(saved!, now))
            : Format(_texts.Confirmed, _wording.Describe(saved!, now));
        await turn.SendActivityAsync(confirmation, cancellationToken: cancellationToken);
        return true;
    }

    private async Task<string> ShowAsync(string key, CancellationToken cancellationToken) =>
        await _store.ReadAsync(key, cancellationToken) switch
        {
            null or { Finished: true } => _texts.NoReminder,
            { Paused: true } paused => Format(_texts.CurrentPaused, _wording.Describe(paused, _time.GetUtcNow())),
            { Schedule.Once: true } once => Format(_texts.Current, _wording.Describe(once, _time.GetUtcNow())),
            var weekly => Format(_texts.CurrentWithNext, _wording.Describe(weekly.Schedule),
                _wording.DescribeMoment(weekly.NextDueUtc, weekly.Schedule.TimeZoneId)),
        };

    private async Task<string> ChangeAsync(string key, Func<ReminderRecord, ReminderRecord?> change, Func<ReminderRecord, string> confirmation, CancellationToken cancellationToken) =>
        await _store.UpdateAsync(key, stored => stored is null ? null : change(stored), cancellationToken) is { } changed
            ? confirmation(changed)
            : _texts.NoReminder;

    private async Task<string> StopAsync(string key, CancellationToken cancellationToken)
    {
        if (await _store.ReadAsync(key, cancellationToken) is not { } stored)
        {
            return _texts.NoReminder;
        }

        await _store.RemoveAsync(key, cancellationToken);
        return stored.Finished ? _texts.NoReminder : _texts.Stopped;
    }

    /// <summary>
    /// Back on from the next occurrence: occurrences missed while paused are not sent. A one-off still ahead keeps
    /// its time; one whose time passed while paused is finished. A finished one-off has nothing to resume.
    /// </summary>
    private ReminderRecord? Resume(ReminderRecord reminder)
    {
        if (reminder.Finished)
        {
            return null;
        }

        var now = _time.GetUtcNow();
        var next = reminder.Schedule.NextOccurrenceAfter(now)
            ?? (reminder.NextDueUtc > now ? reminder.NextDueUtc : ReminderRecord.NeverDue);
        return reminder.With(paused: false, nextDueUtc: next, failedAttempts: 0);
    }

    /// <summary>
    /// "Pause reminders until monday" or "for two weeks": a weekly reminder comes next on the first of its days from the
    /// day the pause ends, and nothing has to be switched back on. Without an end, and for a one-off, it is paused until
    /// resumed.
    /// </summary>
    private ReminderRecord? Paused(ReminderRecord reminder, string? text)
    {
        if (reminder.Finished)
        {
            return null;
        }

        var today = ReminderSchedule.LocalDate(_time.GetUtcNow(), reminder.Schedule.TimeZoneId);
        return reminder.Schedule.Once || _parser.PauseEnd(text, today) is not { } until
            ? reminder.With(paused: true)
            : reminder.With(paused: false, nextDueUtc: reminder.Schedule.FirstOccurrenceFrom(until), failedAttempts: 0);
    }

    /// <summary>
    /// A weekly reminder is put off by <see cref="ReminderOptions.SnoozeFor"/> from now. A one-off still to come
    /// moves by that much (tomorrow at 8 becomes the day after at 8); a sent one, snoozed from its button, comes
    /// back once that long from now.
    /// </summary>
    private DateTimeOffset SnoozedUntil(ReminderRecord reminder)
    {
        var now = _time.GetUtcNow();
        return reminder.Schedule.Once && !reminder.Finished && reminder.NextDueUtc > now
            ? reminder.Schedule.LocalTimeLater(reminder.NextDueUtc, _options.SnoozeFor)
            : now + _options.SnoozeFor;
    }

    /// <summary>The card's submitted days and time read as the same words a person would type.</summary>
    private static string? RequestText(ITurnContext turn) =>
        CardAnswers.ActionOf(turn) == CardActions.SetReminder && turn.Activity.Value is JObject value
            ? $"{value[ReminderCardView.DaysField]} {value[ReminderCardView.TimeField]}"
            : turn.Activity.Text;

    private static string Format(string template, params string[] values) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, values);
}
