using BackStrength.Bot.Cards;
using BackStrength.Bot.Conversation;
using BackStrength.Bot.State;
using BackStrength.Cards;
using BackStrength.Cards.ViewModels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Reminders;

/// <summary>
/// What a reminder shows: today's plan, made from the person's saved answers and progress, then buttons to
/// start or snooze. Someone who has not done an assessment yet gets the invitation without a plan.
/// </summary>
public sealed class ReminderMessages(
    CoachingStateAccessors state,
    TodaysPlan todaysPlan,
    CardViews cards,
    IOptions<ReminderTexts> texts,
    IOptions<ReminderOptions> options)
{
    private readonly ReminderTexts _texts = texts.Value;

    public async Task<IReadOnlyList<IActivity>> CreateAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await state.ProfileAsync(turnContext, cancellationToken);
        MessageButton[] buttons =
        [
            new(_texts.StartButton, CardActions.Start),
            new(_texts.SnoozeButton, CardActions.SnoozeReminder),
        ];
        if (profile.Baseline is null)
        {
            return [cards.Message(_texts.DueTitle, _texts.DueWithoutPlan, buttons)];
        }

        var assessment = profile.Baseline.WithToday(LastKnownPain(profile), options.Value.PlanMinutes);
        var plan = cards.Plan(todaysPlan.Create(assessment, profile), assessment);
        plan.Text = _texts.DueWithPlan;
        return [plan, cards.Message(_texts.DueTitle, _texts.ReadyQuestion, buttons)];
    }

    /// <summary>The pain reported at the end of the last session: the best guess at today's until they say.</summary>
    private static int LastKnownPain(UserProfile profile) =>
        profile.History.LastOrDefault()?.Entries.LastOrDefault() is { } last ? last.PainAfter ?? last.PainBefore : 0;
}
