using System.Net;
using System.Text;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests.Support;

/// <summary>Where a Teams conversation with the bot takes place (the manifest's bot scopes).</summary>
public enum TeamsScope
{
    Personal,
    GroupChat,
    Channel,
}

/// <summary>
/// One Microsoft Teams conversation over HTTP, with activities shaped as Teams sends them: the conversation's type
/// and tenant, a team's channel data in a channel, the bot addressed as "28:&lt;app id&gt;", and messages in a
/// shared space starting with an @mention of the bot. Replies come back in the response (expectReplies).
/// </summary>
public sealed class TeamsConversation(HttpClient client, TeamsScope scope)
{
    public static readonly ChannelAccount Bot = new("28:3c1c3a41-5d5c-4c3e-9d41-6a2f0b6f1a10", "BackStrength", RoleTypes.Bot);

    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private const string BotMention = "<at>BackStrength</at>";

    private static readonly JsonSerializerSettings IgnoreNulls = new() { NullValueHandling = NullValueHandling.Ignore };

    // A team's General channel has the team's id; each conversation here is a new chat or team.
    public string ConversationId { get; } = scope switch
    {
        TeamsScope.Personal => $"a:personal-{Guid.NewGuid():N}",
        TeamsScope.GroupChat => $"19:group-{Guid.NewGuid():N}@thread.v2",
        _ => $"19:team-{Guid.NewGuid():N}@thread.tacv2",
    };

    public static ChannelAccount Person(string name) => new($"29:{name.ToLowerInvariant().Replace(' ', '-')}", name, RoleTypes.User);

    /// <summary>A typed message; in a shared space it starts with an @mention of the bot, as Teams requires.</summary>
    public Task<Replies> SayAsync(ChannelAccount from, string text)
    {
        var message = new Activity(ActivityTypes.Message) { From = from, Text = text };
        if (scope != TeamsScope.Personal)
        {
            message.Text = $"{BotMention} {text}";
            message.Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = Bot.Id, name = Bot.Name }, text = BotMention }) }];
        }

        return SendAsync(message);
    }

    /// <summary>A tap on a card button as Teams sends a messageBack: the button's words as text, its data as the value.</summary>
    public Task<Replies> TapAsync(ChannelAccount from, CardButton button)
    {
        var data = (JObject)button.Data.DeepClone();
        var words = (string?)data["msteams"]?["text"];
        data.Remove("msteams");
        return SendAsync(new Activity(ActivityTypes.Message) { From = from, Text = words, Value = data });
    }

    /// <summary>Someone adds the app here: Teams sends the bot joining and the installation, in either order.</summary>
    public Task<Replies> InstallationAsync(ChannelAccount by) =>
        SendAsync(new Activity(ActivityTypes.InstallationUpdate) { From = by, Action = "add" });

    /// <summary>Members join; in a team's channel Teams marks it as the team gaining members.</summary>
    public Task<Replies> MembersJoinAsync(ChannelAccount addedBy, params ChannelAccount[] members) =>
        SendAsync(new Activity(ActivityTypes.ConversationUpdate) { From = addedBy, MembersAdded = members }, scope == TeamsScope.Channel ? "teamMemberAdded" : null);

    /// <summary>Sends the activity as from this conversation, failing unless it is answered 200.</summary>
    public async Task<Replies> SendAsync(Activity activity, string? eventType = null)
    {
        using var response = await PostAsync(activity, eventType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/api/messages answered {(int)response.StatusCode}: {body}");
        var replies = JsonConvert.DeserializeObject<ExpectedReplies>(body) ?? throw new Xunit.Sdk.XunitException($"Not a list of replies: {body}");
        return new Replies(replies.Activities);
    }

    /// <summary>POSTs the activity addressed as Teams would address it in this conversation.</summary>
    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? eventType = null, bool expectReplies = true)
    {
        activity.Id ??= $"1{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}";
        activity.ChannelId = "msteams";
        // Unreachable on purpose: the bot must not need to call Teams back to handle what it is sent.
        activity.ServiceUrl = "https://smba.teams.test/emea/";
        activity.From ??= Person("Sam Taylor");
        activity.Recipient = Bot;
        activity.Conversation = new ConversationAccount(
            isGroup: scope == TeamsScope.Personal ? null : true,
            conversationType: scope switch { TeamsScope.Personal => "personal", TeamsScope.GroupChat => "groupChat", _ => "channel" },
            id: scope == TeamsScope.Channel && activity.Type == ActivityTypes.Message ? $"{ConversationId};messageid={activity.Id}" : ConversationId,
            tenantId: TenantId);
        var channelData = new TeamsChannelData { Tenant = new TenantInfo(TenantId), EventType = eventType };
        if (scope == TeamsScope.Channel)
        {
            channelData.Team = new TeamInfo(ConversationId, "Operations");
            channelData.Channel = new ChannelInfo(ConversationId, "General");
        }

        activity.ChannelData = channelData;
        activity.DeliveryMode = expectReplies ? DeliveryModes.ExpectReplies : null;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(JsonConvert.SerializeObject(activity, IgnoreNulls), Encoding.UTF8, "application/json"),
        };
        return await client.SendAsync(request);
    }
}
