using System.Net;
using BackStrength.Bot.Bots;
using BackStrength.Bot.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>
/// What Teams and Web Chat send in a personal chat besides typed words: edits, deletions and reactions, invokes,
/// card data in each client's shape, and activities the bot has no use for. None of them fails a turn, floods the
/// chat or loses the question that was waiting.
/// </summary>
public sealed class ClientActivityTests(BotHost host) : IClassFixture<BotHost>
{
    // Someone new in each test: what a person accepted is kept across their conversations.
    private readonly ChannelAccount _sam = TeamsConversation.Person($"Sam {Guid.NewGuid():N}");

    [Fact]
    public async Task An_edited_message_is_not_taken_as_an_answer_and_the_person_is_asked_to_send_it_again()
    {
        var chat = await AtDisclaimerAsync();

        var replies = await chat.SendAsync(new Activity(ActivityTypes.MessageUpdate) { From = _sam, Text = "yes" }, "editMessage");

        Assert.Equal(host.Services.GetRequiredService<IOptions<CannotReadTexts>>().Value.Edit, Assert.Single(replies).Text);
        await AssertDisclaimerStillWaitsAsync(chat);
    }

    [Fact]
    public async Task A_warning_sign_added_by_editing_a_message_gets_the_advice_to_seek_medical_help()
    {
        var chat = await AtDisclaimerAsync();

        var replies = await chat.SendAsync(new Activity(ActivityTypes.MessageUpdate) { From = _sam, Text = "my back hurts and my legs have gone weak" }, "editMessage");

        replies.Single(CardKind.SafetyStop);
    }

    [Fact]
    public async Task A_warning_sign_added_by_editing_a_message_in_a_channel_gets_the_advice_and_the_personal_chat_link()
    {
        var channel = new TeamsConversation(host.CreateClient(), TeamsScope.Channel);
        var edit = new Activity(ActivityTypes.MessageUpdate)
        {
            From = _sam,
            Text = "<at>BackStrength</at> my legs have gone weak",
            Entities = [new Entity("mention") { Properties = JObject.FromObject(new { mentioned = new { id = TeamsConversation.Bot.Id, name = TeamsConversation.Bot.Name }, text = "<at>BackStrength</at>" }) }],
        };

        var replies = await channel.SendAsync(edit, "editMessage");

        Assert.Equal([CardKind.SafetyStop, CardKind.None], replies.Select(reply => reply.Kind));
    }

    public static TheoryData<string, string, string?> QuietActivities => new()
    {
        { "a message deleted", """{"type":"messageDelete"}""", "softDeleteMessage" },
        { "a deleted message restored", """{"type":"messageUpdate","text":"no"}""", "undeleteMessage" },
        { "a thumbs up on the question", """{"type":"messageReaction","reactionsAdded":[{"type":"like"}],"replyToId":"1"}""", null },
        { "a thumbs up taken back", """{"type":"messageReaction","reactionsRemoved":[{"type":"like"}],"replyToId":"1"}""", null },
        { "someone typing", """{"type":"typing"}""", null },
        { "an event the bot does not know", """{"type":"event","name":"contoso/mystery","value":{"a":1}}""", null },
        { "a read receipt", """{"type":"event","name":"application/vnd.microsoft.readReceipt","value":{"lastReadMessageId":"1"}}""", null },
        { "a meeting starting, with a time Teams never sends", """{"type":"event","name":"application/vnd.microsoft.meetingStart","value":{"Id":"m1","StartTime":"soon"}}""", null },
        { "meeting participants joining, in an unexpected shape", """{"type":"event","name":"application/vnd.microsoft.meetingParticipantJoin","value":{"members":"everyone"}}""", null },
        { "the end of the conversation", """{"type":"endOfConversation","code":"userCancelled"}""", null },
        { "a handoff", """{"type":"handoff"}""", null },
        { "a trace", """{"type":"trace","name":"debug","value":{}}""", null },
        { "a member removed", """{"type":"conversationUpdate","membersRemoved":[{"id":"29:sam-taylor"}]}""", null },
        { "an activity type no channel sends yet", """{"type":"hologram"}""", null },
    };

    [Theory]
    [MemberData(nameof(QuietActivities))]
    public async Task In_a_personal_chat_an_activity_that_needs_no_answer_posts_nothing_and_the_question_still_waits(string what, string activityJson, string? eventType)
    {
        var chat = await AtDisclaimerAsync();

        var replies = await chat.SendAsync(JObject.Parse(activityJson).ToObject<Activity>()!, eventType);

        Assert.True(replies.Count == 0, $"{what} made the bot post: {replies}");
        await AssertDisclaimerStillWaitsAsync(chat);
    }

    public static TheoryData<string, string> MalformedInvokes => new()
    {
        { "fileConsent/invoke", """{"type":"fileUpload","action":{"accept":true}}""" },
        { "task/fetch", """{"data":{},"context":{"theme":{"name":"dark"}}}""" },
        { "composeExtension/query", """{"commandId":"search","parameters":"everything"}""" },
        { "adaptiveCard/action", "\"start\"" },
        { "signin/verifyState", """{"state":{"code":1}}""" },
    };

    [Theory]
    [MemberData(nameof(MalformedInvokes))]
    public async Task An_invoke_with_a_value_of_an_unexpected_shape_is_answered_501_without_a_word_in_the_chat(string name, string value)
    {
        var chat = await AtDisclaimerAsync();

        using var response = await chat.PostAsync(new Activity(ActivityTypes.Invoke) { From = _sam, Name = name, Value = JToken.Parse(value) }, expectReplies: false);
        var replies = await chat.SendAsync(new Activity(ActivityTypes.Invoke) { From = _sam, Name = name, Value = JToken.Parse(value) });

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.True(replies.Count == 0, $"The invoke posted: {replies}");
        await AssertDisclaimerStillWaitsAsync(chat);
    }

    [Fact]
    public async Task A_warning_sign_ticked_on_the_safety_card_counts_when_the_client_sends_the_ticks_as_a_list()
    {
        var chat = await AtSafetyCheckAsync();

        var replies = await chat.SendAsync(Submit("Here are my answers", new { action = "submitSafetyCheck", redFlags = new[] { "bladder-bowel-control" } }));

        replies.Single(CardKind.SafetyStop);
    }

    [Fact]
    public async Task None_of_these_sent_as_a_list_moves_on_to_the_assessment()
    {
        var chat = await AtSafetyCheckAsync();

        var replies = await chat.SendAsync(Submit("Here are my answers", new { action = "submitSafetyCheck", redFlags = new[] { "none" } }));

        replies.Single(CardKind.Assessment);
    }

    public static TheoryData<object?> NothingTicked => new() { (object?)null, string.Empty, Array.Empty<string>(), "not-a-warning-sign" };

    [Theory]
    [MemberData(nameof(NothingTicked))]
    public async Task A_safety_card_sent_with_nothing_ticked_is_asked_again_not_taken_as_none(object? redFlags)
    {
        var chat = await AtSafetyCheckAsync();

        var replies = await chat.SendAsync(Submit("Here are my answers", new { action = "submitSafetyCheck", redFlags }));

        Assert.False(replies.Has(CardKind.Assessment), $"Nothing ticked was taken as none: {replies}");
        Assert.Equal(Texts.Of(host).SafetyCheckRetry, replies[^1].Text);
    }

    [Fact]
    public async Task An_assessment_card_with_some_answers_unreadable_keeps_the_rest_and_asks_only_for_those()
    {
        var chat = await AtSafetyCheckAsync();
        await chat.SendAsync(Submit("Here are my answers", new { action = "submitSafetyCheck", redFlags = "none" }));
        var olderCard = new { action = "submitAssessment", painNow = "3", experience = "expert", equipment = "band", minutes = "twenty", painBelowKnee = "false", canGetToFloor = "true" };

        var replies = await chat.SendAsync(Submit("Here are my answers", olderCard));

        Assert.Equal(Texts.Of(host).CardAnswersMissing, replies[0].Text);
        Assert.Equal(Texts.Of(host).AskExperience, replies[^1].Text);
        Assert.Equal(Texts.Of(host).AskKneeling, (await chat.SayAsync(_sam, "some")).Last().Text);
        Assert.StartsWith(Texts.Of(host).AskMinutes, (await chat.SayAsync(_sam, "yes")).Last().Text, StringComparison.Ordinal);
        Assert.StartsWith(Texts.Of(host).AskFocus, (await chat.SayAsync(_sam, "10")).Last().Text, StringComparison.Ordinal);
        (await chat.SayAsync(_sam, "lower back")).Single(CardKind.Plan);
    }

    public static TheoryData<string, object> AssessmentSubmits => new()
    {
        { "numbers and booleans instead of strings", new { painNow = 3, painBelowKnee = false, experience = "some", canGetToFloor = true, kneelingComfortable = true, equipment = "chair", minutes = 20, focus = "lowerBack" } },
        { "equipment as a list", new { painNow = "3", painBelowKnee = "false", experience = "some", canGetToFloor = "true", kneelingComfortable = "true", equipment = new[] { "chair", "band" }, minutes = "20", focus = "lowerBack" } },
        { "fields a newer card added, and an empty focus", new { painNow = "3", painBelowKnee = "false", experience = "some", canGetToFloor = "true", kneelingComfortable = "true", equipment = "chair", minutes = "20", focus = (string?)null, cardVersion = 7, notes = new[] { new { text = "x" } } } },
    };

    [Theory]
    [MemberData(nameof(AssessmentSubmits))]
    public async Task The_assessment_card_submitted_in_another_clients_shape_still_builds_the_plan(string what, object answers)
    {
        var chat = await AtSafetyCheckAsync();
        await chat.SendAsync(Submit("Here are my answers", new { action = "submitSafetyCheck", redFlags = "none" }));
        var value = JObject.FromObject(answers);
        value["action"] = "submitAssessment";

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Text = "Here are my answers", Value = value });

        Assert.True(replies.Has(CardKind.Plan), $"{what}: {replies}");
    }

    [Fact]
    public async Task A_button_typed_back_as_an_imBack_is_read_as_its_words()
    {
        var chat = await AtDisclaimerAsync();

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Text = "I accept" });

        replies.Single(CardKind.SafetyCheck);
    }

    [Theory]
    [InlineData("\"acceptDisclaimer\"")]
    [InlineData("[\"acceptDisclaimer\"]")]
    [InlineData("""{"action":null}""")]
    public async Task Card_data_that_names_no_button_is_answered_with_the_question_again(string value)
    {
        var chat = await AtDisclaimerAsync();

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Value = JToken.Parse(value) });

        Assert.False(replies.Mention(Texts.Of(host).TurnFailed), $"The turn failed: {replies}");
        Assert.True(replies.Count > 0, "The bot said nothing.");
        await AssertDisclaimerStillWaitsAsync(chat);
    }

    private async Task<TeamsConversation> AtDisclaimerAsync()
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        (await chat.SayAsync(_sam, "start")).Single(CardKind.Disclaimer);
        return chat;
    }

    private async Task<TeamsConversation> AtSafetyCheckAsync()
    {
        var chat = await AtDisclaimerAsync();
        (await chat.SendAsync(Submit("I accept", new { action = "acceptDisclaimer" }))).Single(CardKind.SafetyCheck);
        return chat;
    }

    /// <summary>A card tap as Teams sends a messageBack: the button's words as the text, and the card's data as the value.</summary>
    private Activity Submit(string words, object data) =>
        new(ActivityTypes.Message) { From = _sam, Text = words, Value = JObject.FromObject(data) };

    private async Task AssertDisclaimerStillWaitsAsync(TeamsConversation chat) =>
        (await chat.SayAsync(_sam, "yes")).Single(CardKind.SafetyCheck);
}
