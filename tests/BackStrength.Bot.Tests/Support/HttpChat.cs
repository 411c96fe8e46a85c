using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests.Support;

/// <summary>
/// A chat over HTTP: each activity is POSTed to /api/messages with <c>deliveryMode: expectReplies</c>, and the
/// bot's replies come back in the response body. Card taps arrive as Web Chat sends them: the button's data as
/// the value, with no text.
/// </summary>
public sealed class HttpChat(HttpClient client, string? userId = null, string userName = "Sam Taylor")
    : Chat(userId ?? $"user-{Guid.NewGuid():N}", userName, $"conversation-{Guid.NewGuid():N}")
{
    private static readonly JsonSerializerSettings IgnoreNulls = new() { NullValueHandling = NullValueHandling.Ignore };

    private int _nextId;

    public override string ChannelId => "webchat";

    /// <summary>The same person opening a new conversation (a returning user).</summary>
    public HttpChat NewConversation() => new(client, UserId, UserName);

    protected override Activity Submit(JObject data) => new(ActivityTypes.Message) { Value = data };

    protected override async Task<IReadOnlyList<IActivity>> ExchangeAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/messages answered {(int)response.StatusCode}: {body}");
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body)
            ?? throw new Xunit.Sdk.XunitException($"The response body is not a list of replies: {body}");
        return [.. replies.Activities];
    }

    /// <summary>POSTs the activity as this person in this conversation, expecting the replies in the response.</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity)
    {
        activity.Id = $"activity-{Interlocked.Increment(ref _nextId)}";
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = "https://webchat.test/";
        activity.Conversation = new ConversationAccount(id: ConversationId);
        activity.From ??= new ChannelAccount(UserId, UserName, RoleTypes.User);
        activity.Recipient = Bot;
        activity.DeliveryMode = DeliveryModes.ExpectReplies;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity, IgnoreNulls), Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(request);
    }
}
