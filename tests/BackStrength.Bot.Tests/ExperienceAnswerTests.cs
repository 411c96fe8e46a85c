using BackStrength.Bot.Tests.Support;
using BackStrength.Coaching;

namespace BackStrength.Bot.Tests;

/// <summary>
/// How often someone exercises, said the way people say it, at "how used to exercise are you?". Before: 4 of these 9
/// were understood; "I go to the gym twice a week" got "pick one" three times over.
/// </summary>
public sealed class ExperienceAnswerTests(BotHost host) : IClassFixture<BotHost>
{
    public static TheoryData<string, Experience> Answers => new()
    {
        { "I go to the gym twice a week", Experience.Regular },
        { "run 3 times a week", Experience.Regular },
        { "every other day pretty much", Experience.Regular },
        { "I walk most days", Experience.Regular },
        { "once in a while", Experience.Some },
        { "every so often", Experience.Some },
        { "bit of yoga at weekends", Experience.Some },
        { "a few times a month maybe", Experience.Some },
        { "not for years tbh", Experience.New },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task A_frequency_is_read_as_the_level_it_means(string answer, Experience level)
    {
        var chat = new SdkChat(host);
        await Journey.TypeToAssessmentQuestionAsync(chat);
        await chat.SayAsync("no");

        var next = await chat.SayAsync(answer);
        await chat.SayAsync("yes");
        await chat.SayAsync("yes");
        await chat.SayAsync("nothing");
        await chat.SayAsync("10");
        (await chat.SayAsync("no preference")).Single(CardKind.Plan);

        Assert.True(next.Mention(QuestionWords.FloorQuestion), $"\"{answer}\" was not taken as an answer: {next}");
        Assert.Equal((int)level, (int?)(await Sessions.SavedConversationAsync(host, chat))?.SelectToken("$..Assessment.Experience"));
    }
}
