using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Bots;

public sealed class BackStrengthBot : TeamsActivityHandler
{
    protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        => turnContext.SendActivityAsync($"You said {turnContext.Activity.Text}", cancellationToken: cancellationToken);
}
