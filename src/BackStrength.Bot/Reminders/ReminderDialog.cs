using BackStrength.Bot.Conversation;
using BackStrength.Cards;
using BackStrength.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// Sets, shows, pauses, resumes, snoozes and stops the person's reminder, typed or from the reminder card.
/// Asks for the time zone only when the channel did not report one and none is stored yet.
/// </summary>
public sealed class ReminderDialog : ComponentDialog
{
    private const string Steps = "reminderSteps";
    private const string TimeZonePrompt = "reminderTimeZonePrompt";
    private const string PendingDays = "days";
    private const string PendingTime = "time";

    private readonly ReminderStore _store;
    private readonly ReminderCommands _commands;
    private readonly ScheduleWording _wording;
    private readonly ReminderCardView _card;
    private readonly ScheduleParser _parser;
    private readonly TimeProvider _time;
    private readonly ReminderTexts _texts;
    private readonly ReminderOptions _options;

    public ReminderDialog(
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
            Task.FromResult(prompt.Recognized.Succeeded && TimeZoneNames.Find(prompt.Recognized.Value) is not null)));
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
            _ => _commands.Classify(turn.Activity.Text),
        };
        var reply = command switch
        {
            ReminderCommand.Show => await ShowAsync(key, cancellationToken),
            ReminderCommand.Pause => await ChangeAsync(key, reminder => reminder.With(paused: true), _ => _texts.Paused, cancellationToken),
            ReminderCommand.Resume => await ChangeAsync(key, Resume,
                reminder => Format(_texts.Resumed, _wording.Describe(reminder.Schedule)), cancellationToken),
            ReminderCommand.Snooze => await ChangeAsync(key, reminder => reminder.With(nextDueUtc: _time.GetUtcNow() + _options.SnoozeFor, failedAttempts: 0),
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

    private async Task<DialogTurnResult> BeginSetAsync(WaterfallStepContext step, string key, CancellationToken cancellationToken)
    {
        var turn = step.Context;
        var request = _parser.Parse(RequestText(turn));
        var stored = await _store.ReadAsync(key, cancellationToken);
        if (request.Time is null)
        {
            await turn.SendActivityAsync(_card.Create(request.Days ?? stored?.Schedule.Days, stored?.Schedule.Time,
                ChannelTimeZone.Of(turn.Activity) ?? stored?.Schedule.TimeZoneId), cancellationToken);
            await turn.SendActivityAsync(_texts.AskSchedule, cancellationToken: cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        // "Remind me at 9" with no days named means every day.
        var days = request.Days ?? Enum.GetValues<DayOfWeek>();
        var timeZone = ChannelTimeZone.Of(turn.Activity) ?? stored?.Schedule.TimeZoneId;
        if (timeZone is not null)
        {
            await SetAsync(turn, key, new ReminderSchedule([.. days], request.Time.Value.Hour, request.Time.Value.Minute, timeZone), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        step.Values[PendingDays] = string.Join(',', days.Select(day => day.ToString()));
        step.Values[PendingTime] = request.Time.Value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        return await step.PromptAsync(TimeZonePrompt, new PromptOptions
        {
            Prompt = MessageFactory.Text(_texts.AskTimeZone),
            RetryPrompt = MessageFactory.Text(_texts.TimeZoneRetry),
        }, cancellationToken);
    }

    private async Task<DialogTurnResult> SetInNamedZoneAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var days = step.Values.GetValue<string>(PendingDays)!.Split(',').Select(Enum.Parse<DayOfWeek>).ToList();
        var time = TimeOnly.ParseExact(step.Values.GetValue<string>(PendingTime)!, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var schedule = new ReminderSchedule(days, time.Hour, time.Minute, TimeZoneNames.Find((string?)step.Result)!);
        await SetAsync(step.Context, ReminderStore.KeyOf(step.Context.Activity), schedule, cancellationToken);
        return await step.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>Saves the schedule, replacing any earlier one, and says when the reminders will come.</summary>
    private async Task SetAsync(ITurnContext turn, string key, ReminderSchedule schedule, CancellationToken cancellationToken)
    {
        var reference = turn.Activity.GetConversationReference();
        var next = schedule.NextOccurrenceAfter(_time.GetUtcNow());
        await _store.UpdateAsync(key, stored => stored?.With(schedule, reference, next, paused: false, failedAttempts: 0)
            ?? new ReminderRecord { Schedule = schedule, Conversation = reference, NextDueUtc = next }, cancellationToken);
        await turn.SendActivityAsync(Format(_texts.Confirmed, _wording.Describe(schedule)), cancellationToken: cancellationToken);
    }

    private async Task<string> ShowAsync(string key, CancellationToken cancellationToken) =>
        await _store.ReadAsync(key, cancellationToken) switch
        {
            null => _texts.NoReminder,
            { Paused: true } paused => Format(_texts.CurrentPaused, _wording.Describe(paused.Schedule)),
            var active => Format(_texts.Current, _wording.Describe(active.Schedule)),
        };

    private async Task<string> ChangeAsync(string key, Func<ReminderRecord, ReminderRecord> change, Func<ReminderRecord, string> confirmation, CancellationToken cancellationToken) =>
        await _store.UpdateAsync(key, stored => stored is null ? null : change(stored), cancellationToken) is { } changed
            ? confirmation(changed)
            : _texts.NoReminder;

    private async Task<string> StopAsync(string key, CancellationToken cancellationToken)
    {
        if (await _store.ReadAsync(key, cancellationToken) is null)
        {
            return _texts.NoReminder;
        }

        await _store.RemoveAsync(key, cancellationToken);
        return _texts.Stopped;
    }

    /// <summary>Back on from the next occurrence: occurrences missed while paused are not sent.</summary>
    private ReminderRecord Resume(ReminderRecord reminder) =>
        reminder.With(paused: false, nextDueUtc: reminder.Schedule.NextOccurrenceAfter(_time.GetUtcNow()), failedAttempts: 0);

    /// <summary>The card's submitted days and time read as the same words a person would type.</summary>
    private static string? RequestText(ITurnContext turn) =>
        CardAnswers.ActionOf(turn) == CardActions.SetReminder && turn.Activity.Value is JObject value
            ? $"{value[ReminderCardView.DaysField]} {value[ReminderCardView.TimeField]}"
            : turn.Activity.Text;

    private static string Format(string template, string value) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, template, value);
}
