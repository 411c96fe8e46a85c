using System.Globalization;
using BackStrength.Bot.Bots;
using BackStrength.Bot.Cards;
using BackStrength.Bot.Dialogs;
using BackStrength.Bot.State;
using BackStrength.Coaching.Exercises;
using BackStrength.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// The coaching conversation: a welcome card (a welcome back, with the last session, for someone who has done one), and
/// every message run through <see cref="MainDialog"/>.
/// </summary>
public sealed class CoachingConversation(
    MainDialog mainDialog,
    CoachingStateAccessors state,
    CardViews cards,
    ExerciseLibrary library,
    TimeProvider clock,
    IOptions<ConversationTexts> texts) : ICoachingConversation
{
    private readonly DialogRunOptions _runOptions = new() { LostTrackMessage = texts.Value.StateLost };

    public async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var profile = await state.ProfileAsync(turnContext, cancellationToken);
        var lastSession = profile.History.Count == 0 ? null : LastSessionInWords(profile, turnContext.Activity.LocalTimestamp?.Offset);
        await turnContext.SendActivityAsync(cards.Welcome(turnContext.Activity.From?.Name, lastSession), cancellationToken);
        (await state.CoachingAsync(turnContext, cancellationToken)).LastReply = AnswerableReply.Welcome;
    }

    // Days are counted on the person's calendar when the channel says their offset: a session at 23:00 was "yesterday"
    // at 08:00, though fewer than 24 hours ago.
    private string LastSessionInWords(UserProfile profile, TimeSpan? offset)
    {
        var local = offset ?? TimeSpan.Zero;
        var days = (clock.GetUtcNow().ToOffset(local).Date - profile.History[^1].Date.ToOffset(local).Date).Days;
        var when = string.Format(CultureInfo.InvariantCulture, texts.Value.DaysAgo[Math.Clamp(days, 0, 2)], days);
        return string.Format(CultureInfo.InvariantCulture, texts.Value.WelcomeBackLastSession, when, FinishedPlan.DoneInWords(profile.History, library));
    }

    public async Task HandleMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await mainDialog.RunAsync(turnContext, state.DialogState, _runOptions, cancellationToken);
}
