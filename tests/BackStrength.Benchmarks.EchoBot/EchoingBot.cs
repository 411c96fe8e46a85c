using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Benchmarks.EchoBot;

/// <summary>Says hello to new members and repeats every message (a card submit's value when it has no text).</summary>
public sealed class EchoingBot : ActivityHandler
{
    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
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
