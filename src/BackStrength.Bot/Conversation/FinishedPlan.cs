using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Bot.State;
using BackStrength.Cards;
using BackStrength.Cards.ViewModels;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Progress;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// "What's the plan?" once today's session has ended in its summary: the plan is done, so it is not shown as still to
/// do. Says what was done and offers another check-in or a reminder.
/// </summary>
public sealed class FinishedPlan(CoachingStateAccessors state, CardViews cards, ExerciseLibrary library, IOptions<ConversationTexts> texts)
{
    private readonly ConversationTexts _texts = texts.Value;

    public async Task SendAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var profile = await state.ProfileAsync(turn, cancellationToken);
        var text = string.Format(CultureInfo.InvariantCulture, _texts.PlanDoneToday, DoneInWords(profile.History, library));
        await turn.SendActivityAsync(cards.Message(_texts.PlanDoneTitle, text,
            new MessageButton(_texts.AnotherCheckInButton, CardActions.Start),
            new MessageButton(_texts.ReminderButton, CardActions.SetReminder)), cancellationToken);
    }

    /// <summary>The exercises of the latest session that were done (not skipped), named as mid-sentence, joined by commas.</summary>
    public static string DoneInWords(IReadOnlyList<SessionRecord> history, ExerciseLibrary library) =>
        string.Join(", ", history.Count == 0 ? [] : history[^1].Entries
            .Where(entry => entry.Feeling != Feeling.Skipped)
            .Select(entry => MidSentence.Name(library.GetExercise(entry.ExerciseId).Name))
            .Distinct());
}
