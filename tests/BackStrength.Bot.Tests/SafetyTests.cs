using BackStrength.Bot.Conversation;
using BackStrength.Bot.Tests.Support;
using BackStrength.Coaching.Safety;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Tests;

/// <summary>Red-flag symptoms stop the coaching with safety advice, however and whenever they are reported.</summary>
public sealed class SafetyTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [MemberData(nameof(Channel.Both), MemberType = typeof(Channel))]
    public async Task Red_flags_ticked_on_the_safety_card_stop_with_advice_for_each_and_no_exercise(string via)
    {
        var chat = Channel.Open(host, via);
        var disclaimer = (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
        var safety = (await chat.TapAsync(disclaimer, "I accept")).Single(CardKind.SafetyCheck);

        var replies = await chat.TapAsync(safety, "Continue", new { redFlags = "fever,leg-weakness" });

        var stop = replies.Single(CardKind.SafetyStop);
        Assert.Contains("Fever with back pain", stop.AllText, StringComparison.Ordinal);
        Assert.Contains("New weakness in the legs", stop.AllText, StringComparison.Ordinal);
        AssertNoCoaching(replies);
        Assert.Equal(Texts.Of(host).NoPlanYet, Assert.Single(await chat.SayAsync("plan")).Text);
    }

    [Theory]
    [InlineData("yes, I can't control my bladder")]
    [InlineData("I've got numbness in my groin")]
    [InlineData("my back has hurt since I was in a car accident")]
    [InlineData("I had a bad car accident last week")]
    // Named in short, as the question invites ("or tell me which").
    [InlineData("night pain")]
    [InlineData("bladder")]
    [InlineData("the fall one")]
    [InlineData("yes, weight loss")]
    public async Task Red_flags_typed_at_the_safety_question_stop_with_advice(string answer)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        (await chat.SayAsync("yes")).Single(CardKind.SafetyCheck);

        var replies = await chat.SayAsync(answer);

        replies.Single(CardKind.SafetyStop);
        AssertNoCoaching(replies);
    }

    [Theory]
    [InlineData("none, my bladder is fine")]
    [InlineData("no, my legs are fine")]
    public async Task Naming_a_warning_sign_while_saying_all_is_well_is_asked_again(string answer)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        (await chat.SayAsync("yes")).Single(CardKind.SafetyCheck);

        var replies = await chat.SayAsync(answer);

        Assert.True(replies.Mention(Texts.Of(host).SafetyCheckRetry), $"Expected the question again, got: {replies}");
    }

    [Theory]
    [InlineData("is this ok?")]
    [InlineData("yes but what does that mean?")]
    public async Task A_question_at_the_disclaimer_does_not_accept_it(string question)
    {
        var chat = new SdkChat(host);
        (await chat.SayAsync("start")).Single(CardKind.Disclaimer);

        var replies = await chat.SayAsync(question);

        Assert.False(replies.Has(CardKind.SafetyCheck), $"The question was taken as accepting the note: {replies}");
        Assert.NotEqual(StoredProfiles.CurrentDisclaimerVersion(host), await StoredProfiles.AcceptedDisclaimerVersionAsync(host, chat));
        (await chat.SayAsync("I accept")).Single(CardKind.SafetyCheck);
    }

    [Fact]
    public void Every_red_flag_can_be_named_in_short_at_the_safety_question()
    {
        var vocabulary = host.Services.GetRequiredService<IOptions<AnswerVocabulary>>().Value;
        var flags = host.Services.GetRequiredService<SafetyContent>().RedFlags;

        Assert.All(flags, flag => Assert.NotEmpty(vocabulary.RedFlagAnswers.GetValueOrDefault(flag.Id, [])));
    }

    [Theory]
    [InlineData("no")]
    [InlineData("nope")]
    [InlineData("none")]
    [InlineData("none of them apply")]
    [InlineData("none of those")]
    [InlineData("nothing like that")]
    [InlineData("I'm fine")]
    [InlineData("No, none of them")]
    [InlineData("not really")]
    [InlineData("nah I'm good")]
    [InlineData("no, I'm ok")]
    [InlineData("none of the above")]
    [InlineData("No to all of them")]
    [InlineData("yes all good, none of those")]
    [InlineData("all fine, none apply")]
    public async Task Saying_none_apply_in_words_goes_on_to_the_assessment(string answer)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        (await chat.SayAsync("I accept")).Single(CardKind.SafetyCheck);

        (await chat.SayAsync(answer)).Single(CardKind.Assessment);
    }

    [Theory]
    [InlineData("I'm not ok")]
    [InlineData("I can't walk properly")]
    [InlineData("my legs are not working right")]
    [InlineData("I don't feel great")]
    [InlineData("it doesn't feel right down there")]
    [InlineData("not great, none of those though")]
    public async Task A_worrying_answer_that_names_no_red_flag_is_not_taken_as_none_and_gets_the_question_again(string answer)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        (await chat.SayAsync("I accept")).Single(CardKind.SafetyCheck);

        var reply = await chat.SayAsync(answer);

        Assert.False(reply.Has(CardKind.Assessment), $"\"{answer}\" was taken as none of the red flags: {reply}");
    }

    [Fact]
    public async Task Yes_without_saying_which_red_flag_asks_which_and_then_stops()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");

        var which = await chat.SayAsync("yes");
        Assert.True(which.Mention(Texts.Of(host).AskWhichRedFlag));

        (await chat.SayAsync("fever")).Single(CardKind.SafetyStop);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("no, none of them")]
    public async Task None_after_a_yes_asks_the_safety_check_again_instead_of_looping_on_which_one(string answer)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        Assert.True((await chat.SayAsync("yes")).Mention(Texts.Of(host).AskWhichRedFlag));

        (await chat.SayAsync(answer)).Single(CardKind.SafetyCheck);
        (await chat.SayAsync("no")).Single(CardKind.Assessment);
    }

    [Theory]
    [InlineData("same as last time otherwise")]
    [InlineData("first I want to ask something")]
    public async Task An_answer_to_which_red_flag_that_only_holds_an_ordinal_in_passing_picks_none(string answer)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("yes");

        var replies = await chat.SayAsync(answer);

        Assert.False(replies.Has(CardKind.SafetyStop), $"\"{answer}\" picked a warning sign: {replies}");
        Assert.True(replies.Mention(Texts.Of(host).WhichRedFlagRetry), $"Got: {replies}");
    }

    [Fact]
    public async Task An_unclear_answer_to_which_red_flag_says_how_to_answer()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("yes");

        Assert.True((await chat.SayAsync("pain's a 5 today")).Mention(Texts.Of(host).WhichRedFlagRetry));
    }

    [Fact]
    public async Task A_red_flag_typed_mid_session_stops_the_session_with_advice()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync("my leg keeps giving way and I have no control of my bowels");

        var stop = replies.Single(CardKind.SafetyStop);
        Assert.Contains("Loss of bladder or bowel control", stop.AllText, StringComparison.Ordinal);
        AssertNoCoaching(replies);
        Assert.False((await chat.TapAsync(first, "Done")).Has(CardKind.Feeling), "The session carried on after a red flag.");
    }

    [Theory]
    [InlineData("my back hurts at night so bad I can't sleep, nothing helps")]
    [InlineData("struggling to pee since the weekend")]
    [InlineData("I was in a car crash")]
    public async Task A_red_flag_in_everyday_words_mid_session_stops_the_session(string text)
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync(text);

        replies.Single(CardKind.SafetyStop);
        AssertNoCoaching(replies);
    }

    [Fact]
    public async Task Saying_a_session_was_skipped_yesterday_is_not_taken_for_a_fall()
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);

        var replies = await chat.SayAsync("I skipped my session yesterday");

        Assert.False(replies.Has(CardKind.SafetyStop), $"A harmless remark stopped the session: {replies}");
    }

    [Fact]
    public async Task A_red_flag_typed_during_the_assessment_stops_it()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);

        var replies = await chat.SayAsync("I've been peeing myself since yesterday");

        replies.Single(CardKind.SafetyStop);
        Assert.False((await chat.SayAsync("no")).Mention("used to exercise"));
    }

    [Theory]
    [InlineData("I understand")]
    [InlineData("ok thanks")]
    [InlineData("understood")]
    [InlineData("Understood, thank you")]
    [InlineData("undrestood")]
    [InlineData("ok")]
    [InlineData("okay got it, I'll see my GP")]
    [InlineData("will do")]
    public async Task Acknowledging_a_safety_stop_in_words_gets_a_kind_reminder_to_get_checked(string answer)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        (await chat.SayAsync("I have a fever")).Single(CardKind.SafetyStop);

        var reply = Assert.Single(await chat.SayAsync(answer));

        Assert.Equal(Texts.Of(host).RedFlagAcknowledged, reply.Text);
        Assert.Equal(CardKind.None, reply.Kind);
    }

    [Fact]
    public async Task Acknowledging_a_safety_stop_in_a_session_or_on_its_card_gets_the_same_reminder()
    {
        var chat = new SdkChat(host);
        await Journey.TapToSessionAsync(chat);
        var stop = (await chat.SayAsync("I've got numbness in my groin")).Single(CardKind.SafetyStop);

        Assert.Equal(Texts.Of(host).RedFlagAcknowledged, Assert.Single(await chat.SayAsync("i understnad")).Text);
        Assert.Equal(Texts.Of(host).RedFlagAcknowledged, Assert.Single(await chat.TapAsync(stop, stop.Buttons.Single().Title)).Text);
    }

    [Fact]
    public async Task Ok_after_the_reminder_is_no_longer_an_answer_to_the_safety_stop()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        (await chat.SayAsync("I have a fever")).Single(CardKind.SafetyStop);
        await chat.SayAsync("ok");

        var reply = Assert.Single(await chat.SayAsync("ok"));

        Assert.Equal(Texts.Of(host).AcknowledgedIdle, reply.Text);
    }

    private static void AssertNoCoaching(Replies replies)
    {
        Assert.DoesNotContain(replies, reply => reply.Kind is CardKind.Plan or CardKind.SessionExercise or CardKind.Assessment or CardKind.QuickCheck);
        Assert.DoesNotContain(replies.SelectMany(reply => reply.Buttons), button => button.Action is "done" or "easier" or "harder" or "startSession" or "start");
    }
}
