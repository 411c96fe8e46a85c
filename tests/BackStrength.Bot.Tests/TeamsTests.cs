using System.Net;
using BackStrength.Bot.Reminders;
using BackStrength.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>
/// Microsoft Teams: @mentions of the bot are not part of what the person asked; card taps carry words too; in a
/// team's channel or a group chat, where everyone reads every reply, the bot coaches no one and points people to
/// a personal chat; Teams' housekeeping events neither post anything nor fail.
/// </summary>
public sealed class TeamsTests(BotHost host) : IClassFixture<BotHost>
{
    private const string PersonalChatLink = "https://teams.microsoft.com/l/chat/0/0?users=28%3A3c1c3a41-5d5c-4c3e-9d41-6a2f0b6f1a10";

    [Fact]
    public async Task An_at_mention_of_the_bot_is_ignored_when_reading_the_message()
    {
        var chat = new SdkChat(host, channelId: "msteams");
        var message = new Activity(ActivityTypes.Message)
        {
            Text = "<at>BackStrength</at> start",
            Entities =
            [
                new Entity("mention")
                {
                    Properties = JObject.FromObject(new { mentioned = new { id = "backstrength-bot", name = "BackStrength" }, text = "<at>BackStrength</at>" }),
                },
            ],
        };

        (await chat.SendAsync(message)).Single(CardKind.Disclaimer);
    }

    [Fact]
    public async Task The_whole_journey_works_with_taps_as_Teams_sends_them()
    {
        var chat = new SdkChat(host, channelId: "msteams");
        var first = await Journey.TapToSessionAsync(chat);

        var feeling = (await chat.TapAsync(first, "Done")).Single(CardKind.Feeling);
        var second = (await chat.TapAsync(feeling, "Too easy")).Single(CardKind.SessionExercise);

        Assert.StartsWith("Exercise 2 of ", second.Lines[0], StringComparison.Ordinal);
    }

    public static TheoryData<string> CommandsSuggestedInPersonalChats()
    {
        var manifest = JObject.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "teamsAppPackage", "manifest.template.json")));
        return [.. manifest["bots"]![0]!["commandLists"]!
            .Where(list => list["scopes"]!.Values<string>().Contains("personal"))
            .SelectMany(list => list["commands"]!)
            .Select(command => (string)command["title"]!)];
    }

    [Theory]
    [MemberData(nameof(CommandsSuggestedInPersonalChats))]
    public async Task Every_command_the_Teams_app_suggests_is_understood_in_a_new_personal_chat(string command)
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);

        var replies = await chat.SayAsync(TeamsConversation.Person($"Rin {Guid.NewGuid():N}"), command);

        Assert.False(replies.Mention(Texts.Of(host).NotUnderstood) || replies.Mention(Texts.Of(host).NotUnderstoodTitle), $"\"{command}\" was not understood: {replies}");
    }

    [Fact]
    public async Task In_a_personal_chat_installing_the_app_gets_the_welcome_card_once()
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        var sam = TeamsConversation.Person("Sam Taylor");

        var onJoining = await chat.SendAsync(new Activity(ActivityTypes.ConversationUpdate) { From = sam, MembersAdded = [TeamsConversation.Bot] });
        var onInstall = await chat.InstallationAsync(sam);

        Assert.Empty(onJoining);
        Assert.Equal("Hi Sam, I am BackStrength", Assert.Single(onInstall).Title);
        Assert.Equal(CardKind.Disclaimer, (await chat.SayAsync(sam, "start")).First().Kind);
    }

    [Theory]
    [InlineData(TeamsScope.Channel)]
    [InlineData(TeamsScope.GroupChat)]
    public async Task Added_to_a_shared_space_the_bot_introduces_itself_once_and_stays_quiet_as_people_join(TeamsScope scope)
    {
        var chat = new TeamsConversation(host.CreateClient(), scope);
        var admin = TeamsConversation.Person("Alex Admin");

        var onBotAdded = await chat.MembersJoinAsync(admin, TeamsConversation.Bot);
        var onInstall = await chat.InstallationAsync(admin);
        var onPeopleJoining = new[]
        {
            await chat.MembersJoinAsync(admin, TeamsConversation.Person("Kim Lee")),
            await chat.MembersJoinAsync(admin, TeamsConversation.Person("Jo Park"), TeamsConversation.Person("Max Ray")),
        };

        var introduction = Assert.Single(onBotAdded.Concat(onInstall));
        Assert.Equal(CardKind.None, introduction.Kind);
        Assert.Contains("personal chat", introduction.Text, StringComparison.Ordinal);
        Assert.Contains($"]({PersonalChatLink})", introduction.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Alex", introduction.Text, StringComparison.Ordinal);
        Assert.All(onPeopleJoining, Assert.Empty);
    }

    [Theory]
    [InlineData(TeamsScope.Channel, "start")]
    [InlineData(TeamsScope.GroupChat, "plan")]
    [InlineData(TeamsScope.GroupChat, "help")]
    public async Task In_a_shared_space_no_one_is_coached_or_asked_about_their_health_but_sent_to_a_personal_chat(TeamsScope scope, string text)
    {
        var chat = new TeamsConversation(host.CreateClient(), scope);

        var replies = await chat.SayAsync(TeamsConversation.Person("Kim Lee"), text);

        var invite = Assert.Single(replies);
        Assert.Equal(CardKind.None, invite.Kind);
        Assert.Contains($"[Open a personal chat with me]({PersonalChatLink})", invite.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_describing_a_red_flag_symptom_in_a_channel_is_still_told_to_get_medical_help()
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Channel);

        var replies = await chat.SayAsync(TeamsConversation.Person("Kim Lee"), "my back hurts and my legs have gone weak");

        Assert.Equal([CardKind.SafetyStop, CardKind.None], replies.Select(reply => reply.Kind));
        Assert.Contains(PersonalChatLink, replies.Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reminder_set_in_a_personal_chat_stays_there_when_the_person_writes_in_a_channel()
    {
        var personal = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        var channel = new TeamsConversation(host.CreateClient(), TeamsScope.Channel);
        var rin = TeamsConversation.Person($"Rin {Guid.NewGuid():N}");
        await SetReminderAsync(personal, rin);

        await channel.SayAsync(rin, "start");

        var reminder = await host.Services.GetRequiredService<ReminderStore>().ReadAsync(ReminderStore.KeyOf(rin, "msteams"), CancellationToken.None);
        Assert.Equal(personal.ConversationId, reminder?.Conversation.Conversation.Id);
    }

    [Fact]
    public async Task Removing_the_app_from_a_personal_chat_cancels_the_reminder_Teams_would_no_longer_deliver()
    {
        var personal = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        var rin = TeamsConversation.Person($"Rin {Guid.NewGuid():N}");
        await SetReminderAsync(personal, rin);
        var store = host.Services.GetRequiredService<ReminderStore>();
        var key = ReminderStore.KeyOf(rin, "msteams");
        Assert.NotNull(await store.ReadAsync(key, CancellationToken.None));

        await personal.SendAsync(new Activity(ActivityTypes.InstallationUpdate) { From = rin, Action = "remove" });

        Assert.Null(await store.ReadAsync(key, CancellationToken.None));
        Assert.DoesNotContain(key, await store.KeysAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Removing_the_app_from_a_team_leaves_the_remover_s_own_reminder_alone()
    {
        var personal = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        var channel = new TeamsConversation(host.CreateClient(), TeamsScope.Channel);
        var admin = TeamsConversation.Person($"Admin {Guid.NewGuid():N}");
        await SetReminderAsync(personal, admin);

        await channel.SendAsync(new Activity(ActivityTypes.InstallationUpdate) { From = admin, Action = "remove" });

        Assert.NotNull(await host.Services.GetRequiredService<ReminderStore>().ReadAsync(ReminderStore.KeyOf(admin, "msteams"), CancellationToken.None));
    }

    [Fact]
    public async Task Upgrading_the_app_keeps_the_reminder_and_sends_no_second_welcome()
    {
        var personal = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        var rin = TeamsConversation.Person($"Rin {Guid.NewGuid():N}");
        await SetReminderAsync(personal, rin);

        var onUpgrade = new[]
        {
            await personal.SendAsync(new Activity(ActivityTypes.InstallationUpdate) { From = rin, Action = "remove-upgrade" }),
            await personal.SendAsync(new Activity(ActivityTypes.InstallationUpdate) { From = rin, Action = "add-upgrade" }),
        };

        Assert.All(onUpgrade, Assert.Empty);
        Assert.NotNull(await host.Services.GetRequiredService<ReminderStore>().ReadAsync(ReminderStore.KeyOf(rin, "msteams"), CancellationToken.None));
    }

    [Fact]
    public void A_shared_space_text_edited_without_its_link_stops_the_bot_at_start_up()
    {
        using var linkless = new LinklessTextsHost();

        var refused = Assert.ThrowsAny<Exception>(() => linkless.CreateClient());

        Assert.Contains("SharedSpaces", refused.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tap_on_a_card_posted_in_a_channel_leads_to_a_personal_chat_too()
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Channel);
        var start = new CardButton("Start", JObject.FromObject(new { action = "start", msteams = new { type = "messageBack", displayText = "Start", text = "Start" } }));

        var replies = await chat.TapAsync(TeamsConversation.Person("Kim Lee"), start);

        Assert.Contains(PersonalChatLink, Assert.Single(replies).Text, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> UnusualPersonalMessages => new()
    {
        { "a pasted picture and no text", """{"type":"message","attachments":[{"contentType":"image/*","contentUrl":"https://us-api.asm.skype.com/v1/objects/0-weu-d1/views/original"}]}""" },
        { "a file", """{"type":"message","text":"","attachments":[{"contentType":"application/vnd.microsoft.teams.file.download.info","name":"scan.pdf","contentUrl":"https://contoso.sharepoint.com/scan.pdf","content":{"downloadUrl":"https://contoso.sharepoint.com/download/scan.pdf","uniqueId":"1","fileType":"pdf"}}]}""" },
        { "an @mention of a colleague", """{"type":"message","text":"<at>Kim Lee</at> plan","entities":[{"type":"mention","mentioned":{"id":"29:kim-lee","name":"Kim Lee"},"text":"<at>Kim Lee</at>"}]}""" },
        { "formatted text", """{"type":"message","text":"start","attachments":[{"contentType":"text/html","content":"<div><div><p><strong>start</strong></p></div></div>"}]}""" },
    };

    [Theory]
    [MemberData(nameof(UnusualPersonalMessages))]
    public async Task In_a_personal_chat_an_unusual_message_gets_an_answer_not_an_error(string what, string activityJson)
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);

        var replies = await chat.SendAsync(JObject.Parse(activityJson).ToObject<Activity>()!);

        Assert.True(replies.Count > 0, $"{what} got no answer");
        Assert.False(replies.Mention(Texts.Of(host).TurnFailed), $"{what} failed the turn: {replies}");
    }

    public static TheoryData<string, string, string?> HousekeepingEvents => new()
    {
        { "a reaction to a message", """{"type":"messageReaction","reactionsAdded":[{"type":"like"}],"replyToId":"1"}""", null },
        { "a reaction taken back", """{"type":"messageReaction","reactionsRemoved":[{"type":"heart"}],"replyToId":"1"}""", null },
        { "the team renamed", """{"type":"conversationUpdate"}""", "teamRenamed" },
        { "a channel created", """{"type":"conversationUpdate"}""", "channelCreated" },
        { "a channel deleted", """{"type":"conversationUpdate"}""", "channelDeleted" },
        { "a member leaving", """{"type":"conversationUpdate","membersRemoved":[{"id":"29:kim-lee"}]}""", "teamMemberRemoved" },
        { "the bot removed", """{"type":"conversationUpdate","membersRemoved":[{"id":"28:3c1c3a41-5d5c-4c3e-9d41-6a2f0b6f1a10"}]}""", "teamMemberRemoved" },
        { "a message edited", """{"type":"messageUpdate","text":"start"}""", "editMessage" },
        { "a message deleted", """{"type":"messageDelete"}""", "softDeleteMessage" },
        { "someone typing", """{"type":"typing"}""", null },
        { "the app removed", """{"type":"installationUpdate","action":"remove"}""", null },
    };

    [Theory]
    [MemberData(nameof(HousekeepingEvents))]
    public async Task Teams_housekeeping_in_a_channel_posts_nothing(string what, string activityJson, string? eventType)
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Channel);

        var replies = await chat.SendAsync(JObject.Parse(activityJson).ToObject<Activity>()!, eventType);

        Assert.True(replies.Count == 0, $"{what} made the bot post: {replies}");
    }

    [Theory]
    [InlineData("adaptiveCard/action")]
    [InlineData("task/fetch")]
    [InlineData("composeExtension/query")]
    [InlineData("message/submitAction")]
    public async Task An_invoke_the_bot_does_not_offer_is_answered_501_straight_away(string name)
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        var invoke = new Activity(ActivityTypes.Invoke) { Name = name, Value = JObject.Parse("""{"action":{"type":"Action.Execute","verb":"start","data":{}},"data":{}}""") };

        using var response = await chat.PostAsync(invoke, expectReplies: false);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("/privacy.html", "Privacy", "forget me")]
    [InlineData("/terms.html", "Terms of use", "not medical advice")]
    public async Task The_privacy_and_terms_pages_the_Teams_app_links_to_are_served(string path, string heading, string keyPoint)
    {
        using var response = await host.CreateClient().GetAsync(path);
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{heading}</h1>", page, StringComparison.Ordinal);
        Assert.Contains(keyPoint, page, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task SetReminderAsync(TeamsConversation personal, ChannelAccount person)
    {
        var replies = await personal.SayAsync(person, "remind me weekdays at 8:30");
        if (replies.Mention("time zone"))
        {
            await personal.SayAsync(person, "Europe/Berlin");
        }
    }

    /// <summary>The bot with its channel introduction reworded so that it no longer has a place for the link.</summary>
    public sealed class LinklessTextsHost() : BotHost(new Dictionary<string, string?>
    {
        ["SharedSpaces:Introduction"] = "Hi everyone, I'm BackStrength. Message me privately.",
    });
}
