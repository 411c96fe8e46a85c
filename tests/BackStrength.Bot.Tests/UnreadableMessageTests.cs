using BackStrength.Bot.Bots;
using BackStrength.Bot.Tests.Support;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>
/// What people send that is not words the bot can read: a photo of their posture, a file, a GIF or a sticker, a
/// message in another alphabet. They are told kindly why it was not read and asked again what the bot is waiting
/// for, and nothing they had already answered is lost. Teams' formatting around typed words does not get in the way.
/// </summary>
public sealed class UnreadableMessageTests(BotHost host) : IClassFixture<BotHost>
{
    // Someone new in each test: what a person accepted is kept across their conversations.
    private readonly ChannelAccount _sam = TeamsConversation.Person($"Sam {Guid.NewGuid():N}");

    public static TheoryData<string, string> Attachments => new()
    {
        { "a pasted photo", """[{"contentType":"image/png","contentUrl":"https://smba.teams.test/v3/attachments/1/views/original"},{"contentType":"text/html","content":"<p><img src=\"https://us-api.asm.skype.com/v1/objects/1/views/imgo\" itemtype=\"http://schema.skype.com/AMSImage\"></p>"}]""" },
        { "a file", """[{"contentType":"application/vnd.microsoft.teams.file.download.info","name":"posture.pdf","contentUrl":"https://contoso.sharepoint.com/posture.pdf","content":{"downloadUrl":"https://contoso.sharepoint.com/download/posture.pdf","uniqueId":"1","fileType":"pdf"}}]""" },
        { "a GIF", """[{"contentType":"image/gif","contentUrl":"https://media.giphy.com/media/1/giphy.gif"}]""" },
        { "a sticker", """[{"contentType":"text/html","content":"<div><img alt=\"Sticker\" src=\"https://us-api.asm.skype.com/v1/objects/2/views/imgo\" itemtype=\"http://schema.skype.com/AMSImage\"></div>"}]""" },
    };

    [Theory]
    [MemberData(nameof(Attachments))]
    public async Task Something_sent_without_words_at_a_question_is_kindly_declined_and_the_question_asked_again(string what, string attachments)
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        await chat.SayAsync(_sam, "start");

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Text = string.Empty, Attachments = JArray.Parse(attachments).ToObject<List<Attachment>>() });

        Assert.True(replies.Count == 2, $"{what}: {replies}");
        Assert.Equal(CannotRead.Attachment, replies[0].Text);
        Assert.Equal(Texts.Of(host).AskDisclaimer, replies[1].Text);
        (await chat.SayAsync(_sam, "yes")).Single(CardKind.SafetyCheck);
    }

    [Fact]
    public async Task A_photo_sent_before_anything_started_says_how_to_begin_rather_than_starting()
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);

        var replies = await chat.SendAsync(Photo(_sam));

        Assert.Equal([CannotRead.Attachment, CannotRead.NothingWaiting], replies.Select(reply => reply.Text));
        Assert.All(replies, reply => Assert.Equal(CardKind.None, reply.Kind));
    }

    [Fact]
    public async Task A_photo_in_the_middle_of_the_assessment_keeps_the_answers_given_so_far()
    {
        var chat = new SdkChat(host, channelId: "msteams");
        await Journey.TypeToAssessmentQuestionAsync(chat);

        var replies = await chat.SendAsync(Photo(from: null));

        Assert.Equal(CannotRead.Attachment, replies[0].Text);
        Assert.StartsWith(Texts.Of(host).AskPainBelowKnee, replies.Last.Text, StringComparison.Ordinal);
        Assert.StartsWith(Texts.Of(host).AskExperience, (await chat.SayAsync("no")).Last.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_photo_during_a_session_leaves_the_exercise_on_screen_to_be_finished()
    {
        var chat = new SdkChat(host, channelId: "msteams");
        var exercise = await Journey.TapToSessionAsync(chat);

        var replies = await chat.SendAsync(Photo(from: null));

        Assert.Equal([CannotRead.Attachment, Texts.Of(host).SessionActionRetry], replies.Select(reply => reply.Text));
        (await chat.TapAsync(exercise, "Done")).Single(CardKind.Feeling);
    }

    [Fact]
    public async Task A_photo_with_words_beside_it_is_read_as_the_words()
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        await chat.SayAsync(_sam, "start");
        var photo = Photo(_sam);
        photo.Text = "yes";

        (await chat.SendAsync(photo)).Single(CardKind.SafetyCheck);
    }

    private const string ThumbsUpPicture = """<img alt="&#128077;" src="https://statics.teams.cdn.office.net/evergreen-assets/personal-expressions/v2/assets/emoticons/yes/default/20_f.png" width="20" height="20" itemscope="" itemtype="http://schema.skype.com/Emoji" itemid="yes">""";

    public static TheoryData<string, string?, string> TeamsEmoji => new()
    {
        { "only in the HTML copy", null, $"<p>{ThumbsUpPicture}</p>" },
        { "in the text as well", ThumbsUpPicture, $"<p>{ThumbsUpPicture}</p>" },
        { "with words in the HTML copy", " ", $"<p>yes please {ThumbsUpPicture}</p>" },
    };

    [Theory]
    [MemberData(nameof(TeamsEmoji))]
    public async Task A_thumbs_up_Teams_sends_as_an_emoji_picture_answers_like_the_character(string how, string? text, string html)
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        await chat.SayAsync(_sam, "start");
        var sprite = new Attachment("image/png", "https://statics.teams.cdn.office.net/evergreen-assets/personal-expressions/v2/assets/emoticons/yes/default/20_f.png");

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Text = text, TextFormat = TextFormatTypes.Xml, Attachments = [sprite, new Attachment("text/html", content: html)] });

        Assert.True(replies.Has(CardKind.SafetyCheck), $"A thumbs up {how} was not taken as a yes: {replies}");
    }

    [Theory]
    [InlineData("نعم")]
    [InlineData("是的")]
    [InlineData("да, конечно")]
    public async Task A_message_in_another_alphabet_says_only_english_is_read_and_asks_the_question_again(string text)
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        await chat.SayAsync(_sam, "start");

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Text = text, Locale = "ar-SA" });

        Assert.Equal([CannotRead.OtherScript, Texts.Of(host).AskDisclaimer], replies.Select(reply => reply.Text));
    }

    [Fact]
    public async Task A_word_in_a_language_the_bot_does_not_speak_says_only_english_is_read_and_asks_the_question_again()
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        await chat.SayAsync(_sam, "start");

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Text = "oui", Locale = "fr-FR" });

        Assert.Equal([CannotRead.OtherScript, Texts.Of(host).AskDisclaimer], replies.Select(reply => reply.Text));
        (await chat.SayAsync(_sam, "yes")).Single(CardKind.SafetyCheck);
    }

    [Fact]
    public async Task A_file_uploaded_in_web_chat_is_kindly_declined_and_the_question_asked_again()
    {
        var chat = new HttpChat(host.CreateClient());
        await chat.SayAsync("start");

        using var response = await chat.PostAsync(new Activity(ActivityTypes.Message)
        {
            Attachments = [new Attachment("image/jpeg", "blob:https://backstrength.example/4f1c", name: "my-desk.jpg")],
        });
        var replies = new Replies(JsonConvert.DeserializeObject<ExpectedReplies>(await response.Content.ReadAsStringAsync())!.Activities);

        Assert.Equal([CannotRead.Attachment, Texts.Of(host).AskDisclaimer], replies.Select(reply => reply.Text));
    }

    [Theory]
    [InlineData("<p>yes</p>")]
    [InlineData("yes&nbsp;")]
    [InlineData("yes\n")]
    [InlineData("<div><div>yes</div></div>\r\n")]
    [InlineData("<at>Kim Lee</at> yes")]
    [InlineData("👍")]
    [InlineData("\u200byes")]
    public async Task Teams_formatting_around_an_answer_does_not_stop_it_being_read(string text)
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        await chat.SayAsync(_sam, "start");

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Text = text, TextFormat = TextFormatTypes.Xml });

        replies.Single(CardKind.SafetyCheck);
    }

    public static TheoryData<string, string, CardKind> QuotedReplies => new()
    {
        { "the question", "Do any of these apply to you right now? Tick them on the card, or answer here", CardKind.Assessment },
        { "the warning signs", "Loss of bladder or bowel control. Numbness around the groin or inner thighs", CardKind.Assessment },
    };

    [Theory]
    [MemberData(nameof(QuotedReplies))]
    public async Task A_reply_quoting_the_bots_message_is_read_by_what_the_person_typed(string quoted, string preview, CardKind next)
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        await chat.SayAsync(_sam, "start");
        await chat.SayAsync(_sam, "yes");
        var quote = $"""<blockquote itemscope="" itemtype="http://schema.skype.com/Reply" itemid="1"><strong itemprop="mri" itemid="{TeamsConversation.Bot.Id}">BackStrength</strong><span itemprop="time" itemid="1"></span><p itemprop="preview">{preview}</p></blockquote>""";

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Text = $"{quote}<p>none of these</p>", TextFormat = TextFormatTypes.Xml });

        Assert.True(replies.Has(next) && !replies.Has(CardKind.SafetyStop), $"A reply quoting {quoted} was misread: {replies}");
    }

    [Fact]
    public async Task A_message_whose_HTML_copy_holds_no_picture_is_not_taken_for_one()
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        await chat.SayAsync(_sam, "start");

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Text = string.Empty, Attachments = [new Attachment("text/html", content: "<p>&nbsp;</p>")] });

        Assert.False(replies.Mention(CannotRead.Attachment), $"An empty message was taken for a picture: {replies}");
    }

    [Theory]
    [InlineData("<p>no</p>")]
    [InlineData("<div>none</div>")]
    [InlineData("none&nbsp;")]
    [InlineData("<p>none of these</p>\r\n")]
    public async Task A_formatted_no_at_the_safety_check_is_a_plain_no(string text)
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        await chat.SayAsync(_sam, "start");
        await chat.SayAsync(_sam, "yes");

        var replies = await chat.SendAsync(new Activity(ActivityTypes.Message) { From = _sam, Text = text, TextFormat = TextFormatTypes.Xml });

        replies.Single(CardKind.Assessment);
    }

    [Fact]
    public async Task A_very_long_message_is_asked_for_in_brief_and_the_question_still_waits()
    {
        var chat = new TeamsConversation(host.CreateClient(), TeamsScope.Personal);
        await chat.SayAsync(_sam, "start");

        var replies = await chat.SayAsync(_sam, string.Concat(Enumerable.Repeat("my back is stiff after sitting all day ", 100)));

        Assert.Equal(Texts.Of(host).TooLong, Assert.Single(replies).Text);
        (await chat.SayAsync(_sam, "yes")).Single(CardKind.SafetyCheck);
    }

    private CannotReadTexts CannotRead => host.Services.GetRequiredService<IOptions<CannotReadTexts>>().Value;

    private static Activity Photo(ChannelAccount? from) => new(ActivityTypes.Message)
    {
        From = from,
        Attachments = [new Attachment("image/png", "https://smba.teams.test/v3/attachments/1/views/original")],
    };
}
