using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Benchmarks.EchoBot;

/// <summary>
/// Says hello to new members and repeats every message (a card submit's value when it has no text). With
/// <c>Echo:KeepState</c> it also counts each person's and each conversation's messages in the SDK's BotState,
/// loading and saving both every turn: the floor of a bot that remembers anything.
/// </summary>
public sealed class EchoingBot(IEnumerable<BotState> states) : ActivityHandler
{
    private readonly IReadOnlyList<(BotState State, IStatePropertyAccessor<int> Messages)> _counters =
        [.. states.Select(state => (state, state.CreateProperty<int>("Messages")))];

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        foreach (var (state, _) in _counters)
        {
            await state.SaveChangesAsync(turnContext, false, cancellationToken);
        }
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        foreach (var (_, messages) in _counters)
        {
            await messages.SetAsync(turnContext, await messages.GetAsync(turnContext, () => 0, cancellationToken) + 1, cancellationToken);
        }

        var said = turnContext.Activity.Text ?? turnContext.Activity.Value?.ToString() ?? string.Empty;
        await turnContext.SendActivityAsync(MessageFactory.Text($"Echo: {said}"), cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (membersAdded.Any(member => member.Id != turnContext.Activity.Recipient?.Id))
        {
            await turnContext.SendActivityAsync(MessageFactory.Text("Hello"), cancellationToken);
        }
    }
}
