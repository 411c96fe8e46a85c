using BackStrength.Bot.Reminders;
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

    /// <summary>Sets the person's reminder straight in the store, as the reminder dialog would, and returns its key.</summary>
    public static async Task<string> SetReminderAsync(this ReminderStore store, ConversationReference person, ReminderSchedule schedule, DateTimeOffset now)
    {
        var key = ReminderStore.KeyOf(person.User, person.ChannelId);
        await store.UpdateAsync(key,
            _ => new ReminderRecord { Schedule = schedule, Conversation = person, NextDueUtc = schedule.NextOccurrenceAfter(now)!.Value },
            CancellationToken.None);
        return key;
    }
}
