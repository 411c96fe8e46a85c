using Microsoft.Bot.Builder;

namespace BackStrength.Bot.Bots;

/// <summary>The coaching conversation as the bot class sees it: a welcome, and a message to handle.</summary>
public interface ICoachingConversation
{
    Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken);

    Task HandleMessageAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
