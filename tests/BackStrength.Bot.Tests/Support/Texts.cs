using BackStrength.Bot.Conversation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Tests.Support;

/// <summary>What the bot says in plain chat, read from the host's own content so tests follow wording edits.</summary>
public static class Texts
{
    public static ConversationTexts Of(BotHost host) => host.Services.GetRequiredService<IOptions<ConversationTexts>>().Value;
}
