using BackStrength.Bot.State;
using BackStrength.Coaching.Safety;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests.Support;

/// <summary>Puts a person's saved profile in the shape an earlier day (or an earlier version of the bot) left it.</summary>
public static class StoredProfiles
{
    /// <summary>The <c>disclaimerVersion</c> the host's content ships with.</summary>
    public static int CurrentDisclaimerVersion(BotHost host) => host.Services.GetRequiredService<SafetyContent>().DisclaimerVersion;

    /// <summary>
    /// Rewrites the saved profile's JSON with <paramref name="edit"/>. The stored document keeps its type name, as
    /// every version of the bot wrote it, so the store reads it back as a profile the way it reads a real one.
    /// </summary>
    public static async Task EditAsync(BotHost host, Chat chat, Action<JObject> edit)
    {
        var storage = host.Services.GetRequiredService<IStorage>();
        var key = $"{chat.ChannelId}/users/{chat.UserId}";
        var state = (IDictionary<string, object>)(await storage.ReadAsync([key]))[key];
        var profile = JObject.FromObject(state[nameof(UserProfile)]);
        edit(profile);
        profile.AddFirst(new JProperty("$type", $"{typeof(UserProfile).FullName}, {typeof(UserProfile).Assembly.GetName().Name}"));
        state[nameof(UserProfile)] = profile;
        await storage.WriteAsync(new Dictionary<string, object> { [key] = state });
    }

    /// <summary>The person accepted the note in the wording before the current one.</summary>
    public static Task AcceptedPreviousDisclaimerAsync(BotHost host, Chat chat) =>
        EditAsync(host, chat, profile => profile[nameof(UserProfile.DisclaimerVersion)] = CurrentDisclaimerVersion(host) - 1);

    /// <summary>The version of the note the saved profile says the person accepted; null when it names none.</summary>
    public static async Task<int?> AcceptedDisclaimerVersionAsync(BotHost host, Chat chat) =>
        (int?)(await Sessions.SavedProfileAsync(host, chat))?["UserProfile"]?[nameof(UserProfile.DisclaimerVersion)];
}
