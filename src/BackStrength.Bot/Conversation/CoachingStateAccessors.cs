using BackStrength.Bot.State;
using BackStrength.Dialogs;
using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Conversation;

/// <summary>The state properties the coaching conversation reads and writes, created once.</summary>
public sealed class CoachingStateAccessors(ConversationState conversationState, UserState userState)
{
    public IStatePropertyAccessor<DialogState> DialogState { get; } =
        conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public IStatePropertyAccessor<CoachingState> Coaching { get; } =
        conversationState.CreateProperty<CoachingState>(nameof(CoachingState));

    public IStatePropertyAccessor<UserProfile> Profile { get; } =
        userState.CreateProperty<UserProfile>(nameof(UserProfile));

    public Task<CoachingState> CoachingAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Coaching.GetAsync(turnContext, () => new CoachingState(), cancellationToken);

    public Task<UserProfile> ProfileAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        Profile.GetAsync(turnContext, () => new UserProfile(), cancellationToken);
}
