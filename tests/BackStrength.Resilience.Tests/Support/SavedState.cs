using Microsoft.Bot.Builder;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>What the store holds for a chat, read straight from the store rather than through the bot.</summary>
public static class SavedState
{
    public static Task<JObject?> ConversationAsync(IStorage store, TestChat chat) => ReadAsync(store, chat.ConversationStateKey);

    public static Task<JObject?> UserAsync(IStorage store, TestChat chat) => ReadAsync(store, chat.UserStateKey);

    /// <summary>The stored item with its eTag left out, so two reads of unchanged state compare equal.</summary>
    public static async Task<string?> ConversationSnapshotAsync(IStorage store, TestChat chat)
    {
        var state = await ConversationAsync(store, chat);
        state?.Remove("eTag");
        return state?.ToString(Formatting.None);
    }

    /// <summary>Which exercise of the session is on screen (0-based), or null outside a session.</summary>
    public static async Task<int?> SessionIndexAsync(IStorage store, TestChat chat) =>
        (int?)(await ConversationAsync(store, chat))?["CoachingState"]?["Session"]?["Index"];

    /// <summary>How many exercises of the session under way have a recorded feeling (or skip).</summary>
    public static async Task<int> RecordedStepsAsync(IStorage store, TestChat chat) =>
        (await ConversationAsync(store, chat))?["CoachingState"]?["Session"]?["Steps"] is JArray steps ? steps.Count : 0;

    /// <summary>How many sessions the person's history holds.</summary>
    public static async Task<int> HistoryCountAsync(IStorage store, TestChat chat) =>
        (await UserAsync(store, chat))?["UserProfile"]?["History"] is JArray history ? history.Count : 0;

    private static async Task<JObject?> ReadAsync(IStorage store, string key)
    {
        var items = await store.ReadAsync([key]);
        return items.TryGetValue(key, out var value) && value is not null
            ? value as JObject ?? JObject.FromObject(value, JsonSerializer.Create(new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.None }))
            : null;
    }
}
