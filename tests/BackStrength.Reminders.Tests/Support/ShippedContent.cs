using BackStrength.Bot.Reminders;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace BackStrength.Reminders.Tests;

/// <summary>The reminder services bound to the shipped Content/conversation.json, with any keys overridden.</summary>
internal static class ShippedContent
{
    private static readonly string ConversationFile = Path.Combine(AppContext.BaseDirectory, "Content", "conversation.json");

    public static ServiceProvider Services(Dictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(ConversationFile, optional: false)
            .AddInMemoryCollection(overrides ?? [])
            .Build();
        return new ServiceCollection().AddReminders(configuration).BuildServiceProvider();
    }
}
