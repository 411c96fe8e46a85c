using Microsoft.Bot.Builder;

namespace BackStrength.Bot.State;

/// <summary>The SDK's conversation state, telling changed state from unchanged more cheaply (<see cref="StateChangeCheck"/>).</summary>
public sealed class ChangeCheckedConversationState(IStorage store) : ConversationState(store)
{
    // The base class keeps the store to itself.
    private readonly IStorage _store = store;

    public override Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        StateChangeCheck.LoadAsync(this, _store, GetStorageKey(turnContext), turnContext, force, cancellationToken);

    public override Task SaveChangesAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default) =>
        StateChangeCheck.SaveChangesAsync(this, _store, GetStorageKey(turnContext), turnContext, force, cancellationToken);
}
