using Microsoft.Bot.Schema;

namespace BackStrength.Reminders.Tests.Support;

/// <summary>People other than the test chat's own user, each in a conversation of their own.</summary>
public static class People
{
    public static ConversationReference Reference(string userId) => new()
    {
        ChannelId = "test",
        ServiceUrl = "https://test.example",
        User = new ChannelAccount(userId),
        Bot = new ChannelAccount("bot"),
        Conversation = new ConversationAccount(id: $"conversation-of-{userId}"),
    };
}
