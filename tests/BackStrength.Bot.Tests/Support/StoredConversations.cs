using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests.Support;

/// <summary>Puts a conversation's saved state in the shape an earlier version of the bot could have left it.</summary>
public static class StoredConversations
{
    /// <summary>
    /// Rewrites the conversation's saved state as plain JSON edited by <paramref name="edit"/>; the dialogs read such
    /// type-less state as they read a store's that keeps no type names.
    /// </summary>
    public static async Task EditAsync(BotHost host, Chat chat, Action<JObject> edit)
    {
        var storage = host.Services.GetRequiredService<IStorage>();
        var key = $"{chat.ChannelId}/conversations/{chat.ConversationId}";
        var state = JObject.FromObject((await storage.ReadAsync([key]))[key]);
        edit(state);
        await storage.WriteAsync(new Dictionary<string, object> { [key] = state });
    }
}
