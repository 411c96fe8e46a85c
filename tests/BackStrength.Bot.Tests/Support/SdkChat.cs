using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests.Support;

/// <summary>
/// A chat driven through the Bot Framework SDK's <see cref="TestAdapter"/>, turning the real bot resolved from
/// the host's container (one scope per turn, as a request would). Card taps arrive as Teams sends them: the
/// button's words as text, and its data as the value.
/// </summary>
public sealed class SdkChat : Chat
{
    private readonly BotHost _host;
    private readonly TestAdapter _adapter;

    public SdkChat(BotHost host, string? userId = null, string userName = "Sam Taylor", string? channelId = null)
        : base(userId ?? NewId("user"), userName, NewId("conversation"))
    {
        _host = host;
        var reference = TestAdapter.CreateConversation(ConversationId, UserId, Bot.Id);
        reference.User.Name = userName;
        reference.ChannelId = channelId ?? reference.ChannelId;
        _adapter = new TestAdapter(reference);
    }

    public override string ChannelId => _adapter.Conversation.ChannelId;

    /// <summary>Sends a message exactly as given (entities, channel data...), filling in only the addressing.</summary>
    public async Task<Replies> SendAsync(Activity message) => new(await ExchangeAsync(message));

    /// <summary>The same person opening a new conversation (a returning user).</summary>
    public SdkChat NewConversation() => new(_host, UserId, UserName, ChannelId);

    protected override Activity Submit(JObject data)
    {
        var words = (string?)data["msteams"]?["text"];
        data.Remove("msteams");
        return new Activity(ActivityTypes.Message) { Text = words, Value = data };
    }

    protected override async Task<IReadOnlyList<IActivity>> ExchangeAsync(Activity activity)
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var bot = scope.ServiceProvider.GetRequiredService<IBot>();
        await _adapter.ProcessActivityAsync(activity, bot.OnTurnAsync, CancellationToken.None);
        var replies = new List<IActivity>();
        while (_adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    private static string NewId(string prefix) => $"{prefix}-{Guid.NewGuid():N}";
}
