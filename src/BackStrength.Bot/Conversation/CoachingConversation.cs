using BackStrength.Bot.Bots;
using BackStrength.Bot.Cards;
using BackStrength.Bot.Dialogs;
using BackStrength.Bot.State;
using BackStrength.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>The coaching conversation: a welcome card, and every message run through <see cref="MainDialog"/>.</summary>
public sealed class CoachingConversation(
    MainDialog mainDialog,
    CoachingStateAccessors state,
    CardViews cards,
    IOptions<ConversationTexts> texts) : ICoachingConversation
{
    private readonly DialogRunOptions _runOptions = new() { LostTrackMessage = texts.Value.StateLost };

    public async Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await turnContext.SendActivityAsync(cards.Welcome(turnContext.Activity.From?.Name), cancellationToken);
        (await state.CoachingAsync(turnContext, cancellationToken)).LastReply = AnswerableReply.Welcome;
    }

    public async Task HandleMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        await mainDialog.RunAsync(turnContext, state.DialogState, _runOptions, cancellationToken);
}
