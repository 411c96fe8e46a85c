using System.Net;
using BackStrength.Bot.Tests.Support;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackStrength.Bot.Tests;

/// <summary>The HTTP host: replies in the response, the welcome, failures mid-turn, and the health endpoints.</summary>
public sealed class HostTests(BotHost host) : IClassFixture<BotHost>
{
    [Fact]
    public async Task A_message_posted_with_expectReplies_gets_the_bots_reply_in_the_response_body()
    {
        var chat = new HttpChat(host.CreateClient());

        using var response = await chat.PostAsync(new Activity(ActivityTypes.Message) { Text = "start" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!;
        new Replies(body.Activities).Single(CardKind.Disclaimer);
        Assert.All(body.Activities, reply => Assert.Equal(chat.ConversationId, reply.Conversation.Id));
    }

    [Fact]
    public async Task A_new_member_is_welcomed_once_and_a_second_join_in_the_same_conversation_sends_nothing()
    {
        var chat = new HttpChat(host.CreateClient(), userName: "Alex Morgan");

        var first = await chat.JoinAsync();
        var again = await chat.JoinAsync();

        Assert.Equal(CardKind.Welcome, Assert.Single(first).Kind);
        Assert.Contains("Alex", first.Last.Title, StringComparison.Ordinal);
        Assert.Empty(again);
    }

    [Fact]
    public async Task The_bot_joining_on_its_own_sends_no_welcome_and_the_person_joining_later_gets_it()
    {
        var chat = new HttpChat(host.CreateClient());

        Assert.Empty(await chat.BotJoinsAsync());
        Assert.Equal(CardKind.Welcome, Assert.Single(await chat.JoinAsync()).Kind);
    }

    [Fact]
    public async Task A_turn_that_throws_gets_the_friendly_apology_and_the_next_message_carries_on()
    {
        var chat = new HttpChat(host.CreateClient());
        await chat.SayAsync("start");
        await chat.SayAsync("I accept");
        (await chat.SayAsync("no")).Single(CardKind.Assessment);

        // The pain answer is the first point in the turn that needs the person's profile: make that read fail.
        host.Storage.FailNextReadOf(key => key.Contains("/users/", StringComparison.Ordinal));
        var failed = await chat.SayAsync("3");

        Assert.Equal(Texts.Of(host).TurnFailed, Assert.Single(failed).Text);
        // The disclaimer accepted before the failure is remembered: "start" goes straight to the safety check.
        (await chat.SayAsync("start")).Single(CardKind.SafetyCheck);
    }

    [Fact]
    public async Task Health_and_readiness_answer_200_with_a_working_store()
    {
        var client = host.CreateClient();

        using var health = await client.GetAsync("/healthz");
        using var ready = await client.GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    [Fact]
    public async Task On_the_local_channel_the_chat_page_may_connect_to_the_bot_alone()
    {
        using var page = await host.CreateClient().GetAsync("/");

        // 'self' covers the page's own Direct Line WebSocket; "ws:" or "wss:" would let it open one to any host.
        var policy = string.Join(";", page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("connect-src 'self';", policy, StringComparison.Ordinal);
    }
}
