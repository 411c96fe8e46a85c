using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>
/// One person in one conversation, talking to /api/messages over HTTP. By default each activity asks for its
/// replies in the response (<c>deliveryMode: expectReplies</c>); activities get fresh ids unless a test reuses one.
/// </summary>
public sealed class TestChat(HttpClient client, string channelId = "webchat", string serviceUrl = "https://webchat.test/")
{
    private static readonly JsonSerializerSettings IgnoreNulls = new() { NullValueHandling = NullValueHandling.Ignore };

    public string UserId { get; init; } = $"user-{Guid.NewGuid():N}";

    public string ConversationId { get; init; } = $"conversation-{Guid.NewGuid():N}";

    public string ChannelId => channelId;

    /// <summary>Extra headers for every request, e.g. a bearer token.</summary>
    public Func<Activity, string?>? Authorization { get; init; }

    /// <summary>What the channel adds to every activity, e.g. the Teams tenant.</summary>
    public JObject? ChannelData { get; init; }

    /// <summary>Where the state of this conversation is stored (the Bot Framework's ConversationState key).</summary>
    public string ConversationStateKey => $"{channelId}/conversations/{ConversationId}";

    /// <summary>Where this person's profile and history are stored (the Bot Framework's UserState key).</summary>
    public string UserStateKey => $"{channelId}/users/{UserId}";

    /// <summary>The same person, connected to another instance of the bot.</summary>
    public TestChat Via(HttpClient otherClient, string? otherServiceUrl = null) =>
        new(otherClient, channelId, otherServiceUrl ?? serviceUrl) { UserId = UserId, ConversationId = ConversationId, Authorization = Authorization, ChannelData = ChannelData };

    public Activity Message(string text) => Stamp(new Activity(ActivityTypes.Message) { Text = text });

    public Activity Submit(object value) => Stamp(new Activity(ActivityTypes.Message) { Value = JObject.FromObject(value) });

    public Activity Join() => Stamp(new Activity(ActivityTypes.ConversationUpdate)
    {
        MembersAdded = [new ChannelAccount(UserId, "Sam Taylor", RoleTypes.User)],
    });

    public Task<Replies> SayAsync(string text) => ExchangeAsync(Message(text));

    public Task<Replies> SubmitAsync(object value) => ExchangeAsync(Submit(value));

    public Task<Replies> JoinAsync() => ExchangeAsync(Join());

    /// <summary>Sends the activity and returns the replies, failing the test unless the bot answered 200.</summary>
    public async Task<Replies> ExchangeAsync(Activity activity)
    {
        using var response = await PostAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/messages answered {(int)response.StatusCode}: {body}");
        return Replies.From(body);
    }

    public async Task<HttpResponseMessage> PostAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity, IgnoreNulls), Encoding.UTF8, "application/json"),
        };
        if (Authorization?.Invoke(activity) is { } header)
        {
            request.Headers.TryAddWithoutValidation("Authorization", header);
        }

        return await client.SendAsync(request, cancellationToken);
    }

    /// <summary>Gives an activity this person's ids; a new, unique activity id unless one is already set.</summary>
    public Activity Stamp(Activity activity)
    {
        activity.Id ??= $"activity-{Guid.NewGuid():N}";
        activity.ChannelId = channelId;
        activity.ServiceUrl ??= serviceUrl;
        activity.Conversation ??= new ConversationAccount(id: ConversationId);
        activity.From ??= new ChannelAccount(UserId, "Sam Taylor", RoleTypes.User);
        activity.Recipient ??= new ChannelAccount("backstrength-bot", "BackStrength", RoleTypes.Bot);
        activity.DeliveryMode ??= DeliveryModes.ExpectReplies;
        activity.Timestamp ??= DateTimeOffset.UtcNow;
        activity.ChannelData ??= ChannelData?.DeepClone();
        return activity;
    }
}

/// <summary>What the bot sent in one turn (messages only), with everything a person could read in it.</summary>
public sealed class Replies(IReadOnlyList<Activity> messages)
{
    public IReadOnlyList<Activity> Messages => messages;

    public int Count => messages.Count;

    /// <summary>Texts, card contents and button data of every message, for "does it say / offer X" checks.</summary>
    public string AllText => string.Join("\n", messages.Select(message =>
        message.Text + "\n" + string.Join("\n", (message.Attachments ?? []).Select(attachment => JsonConvert.SerializeObject(attachment.Content)))));

    /// <summary>Card submit actions offered in this turn (e.g. "startSession", "done").</summary>
    public IReadOnlyList<string> Actions => [.. messages
        .SelectMany(message => message.Attachments ?? [])
        .Select(attachment => attachment.Content as JContainer ?? JObject.FromObject(attachment.Content))
        .SelectMany(content => content.DescendantsAndSelf().OfType<JObject>())
        .Select(element => (string?)element["data"]?["action"])
        .OfType<string>()
        .Distinct()];

    public bool Says(string text) => AllText.Contains(text, StringComparison.Ordinal);

    public static Replies From(string body)
    {
        var expected = JsonConvert.DeserializeObject<ExpectedReplies>(body)
            ?? throw new Xunit.Sdk.XunitException($"The response is not a list of replies: {body}");
        return new Replies([.. expected.Activities.Where(activity => activity.Type == ActivityTypes.Message)]);
    }

    public override string ToString() => AllText;
}
