using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BackStrength.DirectLine.Tests;

/// <summary>The local channel through the real host: Direct Line in, the bot's turn, the SDK's reply back out.</summary>
public sealed class LocalChannelEndToEndTests(BotHostFixture host) : IClassFixture<BotHostFixture>
{
    private readonly DirectLineClient _client = new(host.Host.CreateHttpClient());

    [Fact]
    public async Task A_message_posted_over_Direct_Line_gets_the_bots_reply_by_polling()
    {
        var conversation = await _client.StartAsync();

        var postedId = await _client.PostMessageAsync(conversation, "hello");
        var echo = await _client.PollUntilAsync(conversation, activity => (string?)activity["id"] == postedId);
        var reply = await _client.PollUntilAsync(conversation, activity => DirectLineClient.IsBotReplyTo(activity, postedId));

        // The page needs its own message echoed back, marked as the user's, to show it as sent.
        Assert.Equal(("user", "hello"), ((string?)echo["from"]?["role"], (string?)echo["text"]));
        Assert.Equal(conversation.Id, (string?)reply["conversation"]?["id"]);
        Assert.False(string.IsNullOrEmpty((string?)reply["id"]));
    }

    [Fact]
    public async Task The_bots_reply_arrives_on_the_open_WebSocket()
    {
        var conversation = await _client.StartAsync();
        using var socket = await DirectLineClient.OpenStreamAsync(conversation);

        var postedId = await _client.PostMessageAsync(conversation, "hello");
        var reply = await DirectLineClient.ReceiveUntilAsync(socket, activity => DirectLineClient.IsBotReplyTo(activity, postedId));

        Assert.Equal(conversation.Id, (string?)reply["conversation"]?["id"]);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", CancellationToken.None);
    }

    [Fact]
    public async Task A_proactive_message_from_the_bot_reaches_the_open_page()
    {
        var conversation = await _client.StartAsync();
        using var socket = await DirectLineClient.OpenStreamAsync(conversation);
        var postedId = await _client.PostMessageAsync(conversation, "hello");
        var reply = await DirectLineClient.ReceiveUntilAsync(socket, activity => DirectLineClient.IsBotReplyTo(activity, postedId));

        // Later, outside any turn, the bot continues the conversation as a reminder service would.
        var reference = new ConversationReference
        {
            ChannelId = (string?)reply["channelId"],
            ServiceUrl = (string?)reply["serviceUrl"] ?? new Uri(host.Host.BaseAddress, "/directline/connector/").ToString(),
            Conversation = new ConversationAccount(id: conversation.Id),
            Bot = new ChannelAccount((string?)reply["from"]?["id"]),
            User = new ChannelAccount((string?)reply["recipient"]?["id"]),
        };
        var adapter = host.Host.Services.GetRequiredService<BackStrength.Bot.Hosting.BotAdapter>();
        await adapter.ContinueConversationAsync(string.Empty, reference,
            (turn, cancellationToken) => turn.SendActivityAsync("Time for your afternoon back break.", cancellationToken: cancellationToken),
            CancellationToken.None);

        var reminder = await DirectLineClient.ReceiveUntilAsync(socket, activity => (string?)activity["text"] == "Time for your afternoon back break.");
        Assert.Equal("bot", (string?)reminder["from"]?["role"]);
    }

    [Fact]
    public async Task The_bot_can_update_and_delete_what_it_sent_and_list_who_is_in_the_conversation()
    {
        var conversation = await _client.StartAsync();
        var reference = new ConversationReference
        {
            ChannelId = "directline",
            ServiceUrl = new Uri(host.Host.BaseAddress, "/directline/connector/").ToString(),
            Conversation = new ConversationAccount(id: conversation.Id),
            Bot = new ChannelAccount("backstrength", "BackStrength"),
        };
        string? updatedId = null;
        IList<ChannelAccount>? members = null;

        // The SDK's own calls: update (PUT), delete (DELETE) and members (GET) on the channel's connector API.
        await host.Host.Services.GetRequiredService<BackStrength.Bot.Hosting.BotAdapter>().ContinueConversationAsync(string.Empty, reference, async (turn, cancellationToken) =>
        {
            var loading = await turn.SendActivityAsync("Loading your plan", cancellationToken: cancellationToken);
            var ready = MessageFactory.Text("Your plan is ready");
            ready.Id = updatedId = loading.Id;
            await turn.UpdateActivityAsync(ready, cancellationToken);
            var mistake = await turn.SendActivityAsync("Sent by mistake", cancellationToken: cancellationToken);
            await turn.DeleteActivityAsync(mistake.Id, cancellationToken);
            members = await turn.TurnState.Get<IConnectorClient>().Conversations.GetConversationMembersAsync(conversation.Id, cancellationToken);
        }, CancellationToken.None);

        var texts = (await _client.GetAllAsync(conversation)).Select(activity => ((string?)activity["id"], (string?)activity["text"])).ToList();
        Assert.Contains((updatedId, "Your plan is ready"), texts);
        Assert.DoesNotContain(texts, entry => entry.Item2 is "Loading your plan" or "Sent by mistake");
        Assert.Equal(["user", "bot"], members!.Select(member => member.Role));
    }

    [Fact]
    public async Task A_token_for_one_conversation_cannot_read_or_post_into_another()
    {
        var mine = await _client.StartAsync();
        var theirs = await _client.StartAsync();
        await _client.PostMessageAsync(theirs, "my private answer");

        using var read = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.Id}/activities", mine.Token);
        using var post = await _client.SendAsync(HttpMethod.Post, $"/v3/directline/conversations/{theirs.Id}/activities", mine.Token,
            new { type = "message", text = "intruding" });
        using var anonymous = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{theirs.Id}/activities", token: null);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_refreshed_token_keeps_working_in_the_same_conversation()
    {
        var conversation = await _client.StartAsync();

        using var refresh = await _client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", conversation.Token);
        refresh.EnsureSuccessStatusCode();
        var body = (await refresh.Content.ReadFromJsonAsync<JsonObject>())!;
        var refreshed = conversation with { Token = (string)body["token"]! };

        Assert.Equal(conversation.Id, (string?)body["conversationId"]);
        var postedId = await _client.PostMessageAsync(refreshed, "still here");
        await _client.PollUntilAsync(refreshed, activity => DirectLineClient.IsBotReplyTo(activity, postedId));
    }

    [Fact]
    public async Task A_dropped_stream_resumes_from_the_clients_watermark()
    {
        var conversation = await _client.StartAsync();
        var firstId = await _client.PostMessageAsync(conversation, "first");
        var firstReply = await _client.PollUntilAsync(conversation, activity => DirectLineClient.IsBotReplyTo(activity, firstId));
        var seen = ((string)firstReply["id"]!).Split('|')[1].TrimStart('0');

        // What Web Chat's client does after its WebSocket drops: ask for a new stream URL from its watermark.
        using var reconnect = await _client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversation.Id}?watermark={seen}", conversation.Token);
        reconnect.EnsureSuccessStatusCode();
        var resumed = conversation with { StreamUrl = (string)(await reconnect.Content.ReadFromJsonAsync<JsonObject>())!["streamUrl"]! };
        var secondId = await _client.PostMessageAsync(conversation, "second");
        using var socket = await DirectLineClient.OpenStreamAsync(resumed);

        var firstDelivered = await DirectLineClient.ReceiveUntilAsync(socket, activity => activity["id"] is not null);
        Assert.Equal(secondId, (string?)firstDelivered["id"]);
    }

    [Fact]
    public async Task The_chat_page_is_served_at_the_root()
    {
        using var http = host.Host.CreateHttpClient();

        var page = await http.GetStringAsync("/");
        using var bundle = await http.GetAsync("/js/webchat.js");

        Assert.Contains("<title>BackStrength</title>", page);
        Assert.Contains("src=\"js/webchat.js\"", page);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
    }
}

/// <summary>One host shared by the tests of a class: starting it costs seconds on a busy machine.</summary>
public sealed class BotHostFixture : IDisposable
{
    public BotHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
