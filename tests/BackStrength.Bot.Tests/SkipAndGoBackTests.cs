using BackStrength.Bot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>
/// "Skip this question" and "go back" during the typed check-in. A skipped question with a safe answer takes the one
/// that assumes the least of the person and says so; the pain score, pain below the knee and the safety check have no
/// safe answer, so the bot says why it needs one and asks again. "Go back" asks the question before again and keeps
/// every other answer.
/// </summary>
public sealed class SkipAndGoBackTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("skip")]
    [InlineData("skip this question")]
    [InlineData("rather not say")]
    [InlineData("pass")]
    public async Task Every_skippable_question_skipped_gets_the_plan_of_the_most_careful_answers(string skip)
    {
        var chat = new SdkChat(host);
        var skipped = Texts.Of(host).SkippedQuestion;
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        await chat.SayAsync("3");
        await chat.SayAsync("no");

        var said = new[]
        {
            (await chat.SayAsync(skip))[0].Text,
            (await chat.SayAsync(skip))[0].Text,
            (await chat.SayAsync(skip))[0].Text,
            (await chat.SayAsync(skip))[0].Text,
            (await chat.SayAsync(skip))[0].Text,
        };
        var last = await chat.SayAsync(skip);

        Assert.Equal([skipped.Experience, skipped.Floor, skipped.Kneeling, skipped.Equipment, string.Format(System.Globalization.CultureInfo.InvariantCulture, skipped.Minutes, 5)], said);
        Assert.Equal(skipped.Focus, last[0].Text);
        var careful = new JObject
        {
            ["painNow"] = "3",
            ["painBelowKnee"] = "false",
            ["experience"] = "new",
            ["canGetToFloor"] = "false",
            ["kneelingComfortable"] = "false",
            ["equipment"] = string.Empty,
            ["minutes"] = "5",
            ["focus"] = "none",
        };
        var tapped = (await Journey.TapToPlanAsync(new SdkChat(host), careful)).Single(CardKind.Plan);
        Assert.Equal(tapped.AllText, last.Single(CardKind.Plan).AllText);
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("prefer not to say")]
    [InlineData("rather not say")]
    public async Task Skipping_the_pain_score_says_why_it_is_needed_and_asks_again(string skip)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");

        var replies = await chat.SayAsync(skip);

        Assert.Equal(Texts.Of(host).SkippedQuestion.PainNeeded, replies[0].Text);
        Assert.True(replies.Last.Text.Contains("0", StringComparison.Ordinal), $"The pain question was not asked again: {replies}");
        Assert.True((await chat.SayAsync("3")).Mention("below the knee"));
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("prefer not to say")]
    public async Task Skipping_pain_below_the_knee_is_not_taken_as_a_no(string skip)
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);

        var replies = await chat.SayAsync(skip);

        Assert.Equal(Texts.Of(host).SkippedQuestion.PainBelowKneeNeeded, replies[0].Text);
        Assert.True(replies.Mention("below the knee"), $"The question was not asked again: {replies}");
        Assert.False(replies.Mention("used to exercise"), $"The skip was taken as an answer: {replies}");
    }

    [Theory]
    [InlineData("skip")]
    [InlineData("rather not say")]
    public async Task Skipping_the_safety_check_says_why_it_is_needed_and_asks_again(string skip)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");

        var replies = await chat.SayAsync(skip);

        Assert.Equal(Texts.Of(host).SkippedQuestion.SafetyCheckNeeded, replies[0].Text);
        Assert.StartsWith(Texts.Of(host).AskSafetyCheck, replies.Last.Text, StringComparison.Ordinal);
        (await chat.SayAsync("none")).Single(CardKind.Assessment);
    }

    [Fact]
    public async Task Going_back_asks_the_question_before_again_and_keeps_the_other_answers()
    {
        var chat = new SdkChat(host);
        var texts = Texts.Of(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        await chat.SayAsync("3");
        await chat.SayAsync("no");
        await chat.SayAsync("some experience");
        await chat.SayAsync("yes");

        var back = await chat.SayAsync("go back");
        var again = await chat.SayAsync("no");
        await chat.SayAsync("yes");
        await chat.SayAsync("a chair");
        await chat.SayAsync("30");
        var plan = (await chat.SayAsync("upper back")).Single(CardKind.Plan);

        Assert.Equal(texts.GoingBack, back[0].Text);
        Assert.StartsWith(texts.AskFloor, back.Last.Text, StringComparison.Ordinal);
        Assert.True(again.Mention(texts.AskKneeling), $"Expected the kneeling question next, got: {again}");
        var answers = JObject.FromObject(Journey.FullAnswers);
        answers["canGetToFloor"] = "false";
        answers["minutes"] = "30";
        answers["focus"] = "upperBack";
        Assert.Equal((await Journey.TapToPlanAsync(new SdkChat(host), answers)).Single(CardKind.Plan).AllText, plan.AllText);
    }

    [Fact]
    public async Task Going_back_to_an_answer_given_in_passing_asks_it_and_keeps_the_others_given_with_it()
    {
        var chat = new SdkChat(host);
        var texts = Texts.Of(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        await chat.SayAsync("3, beginner, no equipment");
        await chat.SayAsync("no");

        var back = await chat.SayAsync("go back");
        await chat.SayAsync("I exercise regularly");
        await chat.SayAsync("yes");
        var afterKneeling = await chat.SayAsync("yes");

        Assert.StartsWith(texts.AskExperience, back.Last.Text, StringComparison.Ordinal);
        Assert.True(afterKneeling.Mention(texts.AskMinutes), $"The equipment given in passing was asked again: {afterKneeling}");
    }

    [Fact]
    public async Task Going_back_from_the_first_typed_question_asks_the_pain_score_again()
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);

        var back = await chat.SayAsync("undo");

        Assert.Equal(Texts.Of(host).GoingBack, back[0].Text);
        back.Single(CardKind.Assessment);
        Assert.True((await chat.SayAsync("6")).Mention("below the knee"));
    }

    [Fact]
    public async Task Going_back_at_the_first_question_says_there_is_nothing_before_it_and_asks_it_again()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");

        var replies = await chat.SayAsync("go back");

        Assert.Equal(Texts.Of(host).NothingToGoBackTo, replies[0].Text);
        Assert.True((await chat.SayAsync("3")).Mention("below the knee"));
    }

    [Fact]
    public async Task A_time_given_at_the_pain_question_is_kept_and_not_asked_again()
    {
        var chat = new SdkChat(host);
        var texts = Texts.Of(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");

        var noted = await chat.SayAsync("10 minut");
        await chat.SayAsync("3");
        await chat.SayAsync("no");
        await chat.SayAsync("some experience");
        await chat.SayAsync("yes");
        await chat.SayAsync("yes");
        var afterEquipment = await chat.SayAsync("a chair");

        Assert.Equal(texts.LateAnswerNoted, noted[0].Text);
        Assert.True(afterEquipment.Mention(texts.AskFocus), $"The time was asked again: {afterEquipment}");
    }

    [Fact]
    public async Task An_experience_given_at_the_pain_question_is_kept_and_the_pain_asked_again()
    {
        var chat = new SdkChat(host);
        var texts = Texts.Of(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");

        var noted = await chat.SayAsync("i am beginer");
        await chat.SayAsync("3");
        var next = await chat.SayAsync("no");

        Assert.Equal(texts.LateAnswerNoted, noted[0].Text);
        Assert.True(next.Mention(texts.AskFloor), $"The experience was asked again: {next}");
    }

    [Theory]
    [InlineData("floor is fine but my knees hate kneeling")]
    [InlineData("getting down is ok, kneeling isn't")]
    public async Task Floor_and_kneeling_said_at_the_experience_question_are_kept_not_taken_for_a_swap(string answer)
    {
        var chat = new SdkChat(host);
        var texts = Texts.Of(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);
        await chat.SayAsync("no");

        var noted = await chat.SayAsync(answer);
        var next = await chat.SayAsync("beginner");

        Assert.Equal(texts.LateAnswerNoted, noted[0].Text);
        Assert.True(next.Mention(texts.AskEquipment), $"Floor or kneeling was asked again: {next}");
    }
}
