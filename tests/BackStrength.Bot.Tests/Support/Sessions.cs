using BackStrength.Bot.State;
using BackStrength.Coaching.Planning;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests.Support;

/// <summary>Running a guided session to its end, and checking what was saved.</summary>
public static class Sessions
{
    /// <summary>
    /// From the session's first exercise, finishes every exercise with <paramref name="finish"/> and
    /// <paramref name="rate"/>, checking each card is the next one in the plan; answers the pain question with
    /// <paramref name="painAfter"/> and returns the summary card.
    /// </summary>
    public static async Task<Card> CompleteAsync(Chat chat, Replies replies, Func<Card, Task<Replies>> finish, Func<Card, Task<Replies>> rate, string painAfter = "2")
    {
        for (var position = 1; ; position++)
        {
            var exercise = replies.Single(CardKind.SessionExercise);
            Assert.StartsWith($"Exercise {position} of ", exercise.Lines[0], StringComparison.Ordinal);
            var feeling = (await finish(exercise)).Single(CardKind.Feeling);
            replies = await rate(feeling);
            if (!replies.Has(CardKind.SessionExercise))
            {
                Assert.True(replies.Mention("how is your back now"), $"After the last exercise the bot asks about pain, but said: {replies}");
                Assert.Equal($"Exercise {position} of {position}", exercise.Lines[0]);
                break;
            }

            Assert.True(position < 20, "The session never ended.");
        }

        return (await chat.SayAsync(painAfter)).Single(CardKind.Summary);
    }

    /// <summary>Reads the person's saved profile straight from the host's store.</summary>
    public static async Task<JObject?> SavedProfileAsync(BotHost host, Chat chat)
    {
        var storage = host.Services.GetRequiredService<IStorage>();
        var key = $"{chat.ChannelId}/users/{chat.UserId}";
        var stored = await storage.ReadAsync([key]);
        return stored.TryGetValue(key, out var value) ? JObject.FromObject(value) : null;
    }

    /// <summary>Reads the conversation's saved state straight from the host's store.</summary>
    public static async Task<JObject?> SavedConversationAsync(BotHost host, Chat chat)
    {
        var storage = host.Services.GetRequiredService<IStorage>();
        var key = $"{chat.ChannelId}/conversations/{chat.ConversationId}";
        var stored = await storage.ReadAsync([key]);
        return stored.TryGetValue(key, out var value) ? JObject.FromObject(value) : null;
    }

    /// <summary>Today's plan as the conversation's saved state holds it.</summary>
    public static async Task<SessionPlan?> SavedPlanAsync(BotHost host, Chat chat) =>
        (await SavedConversationAsync(host, chat))?[nameof(CoachingState)]?.ToObject<CoachingState>()?.Plan;

    public static async Task AssertSavedAsync(BotHost host, Chat chat, int sessions)
    {
        var profile = await SavedProfileAsync(host, chat) ?? throw new Xunit.Sdk.XunitException("Nothing was saved for the person.");
        Assert.Equal(sessions, (profile["UserProfile"]?["History"] as JArray)?.Count ?? 0);
    }
}
