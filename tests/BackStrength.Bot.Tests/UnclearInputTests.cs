using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>Input the bot cannot use gets a helpful answer that says what it can do, never silence.</summary>
public sealed class UnclearInputTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("purple monkey dishwasher")]
    [InlineData("asdfghjkl")]
    [InlineData("what's the weather like?")]
    [InlineData("??")]
    public async Task Nonsense_before_anything_started_gets_a_card_offering_what_the_bot_can_do(string nonsense)
    {
        var chat = new SdkChat(host);

        var reply = Assert.Single(await chat.SayAsync(nonsense));

        Assert.Contains(reply.Kind, new[] { CardKind.Message, CardKind.Help });
        Assert.Contains(reply.Buttons, button => button.Action == "start");
        Assert.Contains(reply.Buttons, button => button.Action == "showLibrary");
    }

    [Theory]
    [InlineData("I want a stronger core after having a baby")]
    [InlineData("I want to strengthen my back")]
    public async Task A_newcomer_saying_what_they_came_for_is_welcomed_with_the_disclaimer(string text)
    {
        var chat = new SdkChat(host);

        (await chat.SayAsync(text)).Single(CardKind.Disclaimer);
    }

    [Theory]
    [InlineData("what is this?")]
    [InlineData("is this medical advice?")]
    [InlineData("are you a doctor")]
    public async Task Asking_what_the_bot_is_says_it_is_not_medical_advice_and_how_to_begin(string question)
    {
        var chat = new SdkChat(host);
        var texts = Texts.Of(host);

        var replies = await chat.SayAsync(question);

        Assert.Equal([texts.About, texts.AboutNextStep], replies.Select(reply => reply.Text));
        Assert.Contains("not medical advice", texts.About, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_whether_it_is_medical_advice_at_a_question_answers_and_asks_the_question_again()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);

        var replies = await chat.SayAsync("is this medical advice?");

        Assert.Equal(Texts.Of(host).About, replies[0].Text);
        Assert.True(replies[^1].AllText.Contains("below the knee", StringComparison.Ordinal), $"The question was not asked again: {replies}");
        Assert.True((await chat.SayAsync("no")).Mention("used to exercise"));
    }

    [Fact]
    public async Task Nonsense_at_a_question_repeats_what_is_needed()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");

        var reply = await chat.SayAsync("banana");

        Assert.True(reply.Mention("0"), $"The retry does not say what to answer: {reply}");
        Assert.True((await chat.SayAsync("3")).Mention("below the knee"));
    }

    [Fact]
    public async Task Nonsense_in_a_session_says_what_can_be_said_and_the_session_carries_on()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);

        var reply = await chat.SayAsync("blorp zing");

        Assert.True(reply.Mention("done"), $"The reply does not say how to go on: {reply}");
        Assert.Equal(first.ExerciseId, (await chat.SayAsync("done")).Single(CardKind.Feeling).ExerciseId);
    }

    [Fact]
    public async Task Nonsense_at_the_pain_question_after_a_session_asks_for_a_number_and_mentions_no_card()
    {
        var chat = new SdkChat(host);
        var replies = new Replies([(await Journey.TapToSessionAsync(chat)).Activity]);
        while (replies.Has(CardKind.SessionExercise))
        {
            var feeling = (await chat.TapAsync(replies.Single(CardKind.SessionExercise), "Done")).Single(CardKind.Feeling);
            replies = await chat.TapAsync(feeling, "About right");
        }

        Assert.True(replies.Mention("how is your back now"), $"The session did not end with the pain question: {replies}");
        Assert.DoesNotContain(replies, reply => reply.Kind != CardKind.None);

        var retry = await chat.SayAsync("banana");

        Assert.DoesNotContain(retry, reply => reply.Kind != CardKind.None);
        Assert.True(retry.Mention("0") && retry.Mention("10"), $"The retry does not say what to answer: {retry}");
        Assert.False(retry.Mention("card"), $"The retry points to a card that is not on screen: {retry}");
        (await chat.SayAsync("2")).Single(CardKind.Summary);
    }
}
