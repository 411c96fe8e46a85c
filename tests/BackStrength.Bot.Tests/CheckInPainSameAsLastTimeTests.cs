using BackStrength.Bot.Tests.Support;
using static BackStrength.Bot.Tests.Support.QuestionWords;

namespace BackStrength.Bot.Tests;

/// <summary>
/// A returning person asked for today's pain says it is "the same as last time": the score from their last session is
/// taken and said back, so they can correct it, and the check-in moves on. A comparison without a number ("a bit
/// better") is never turned into a guess: the bot names last time's score and asks for today's.
/// </summary>
/// <remarks>
/// <see cref="SameAsLastTime"/> and <see cref="ComparedWithLastTime"/> were written before any code was changed.
/// Before: 0 of 14 and 0 of 12 passed (every "same" was asked again with the plain 0-10 question, and a comparison got
/// the same re-prompt without the last score). After: 14 of 14 and 12 of 12.
/// </remarks>
public sealed class CheckInPainSameAsLastTimeTests(BotHost host) : IClassFixture<BotHost>
{
    // The score the person gave at their first check-in (Journey.FullAnswers).
    private const string LastScore = "3/10";

    public static TheoryData<string> SameAsLastTime => new()
    {
        "same as last time",
        "about the same as before",
        "no change",
        "Same as last time.",
        "pretty much the same as last time",
        "same as before",
        "unchanged",
        "no change since last time",
        "same as last week",
        "about the same as last time i think",
        "no different to last time",
        "the same as last session",
        "still the same",
        "same as yesterday really",
    };

    public static TheoryData<string> ComparedWithLastTime => new()
    {
        "better than last time",
        "a bit worse than last time",
        "worse",
        "better today",
        "slightly better than before",
        "a little worse than last week",
        "not as bad as last time",
        "improved",
        "a bit better",
        "worse than yesterday",
        "much better than last session",
        "sorer than last time",
    };

    [Theory]
    [MemberData(nameof(SameAsLastTime))]
    public async Task Same_as_last_time_takes_the_last_score_and_says_it_back(string said)
    {
        var later = await ReturningWithHistoryAsync();

        var replies = await later.SayAsync(said);

        Assert.True(replies.Mention(LastScore) && replies.Mention("same as last time") && replies.Mention(MinutesQuestion),
            $"\"{said}\" at the pain question got: {replies}");
        (await later.SayAsync("10")).Single(CardKind.Plan);
        Assert.Equal(3, await SavedPainAsync(later));
    }

    [Theory]
    [MemberData(nameof(ComparedWithLastTime))]
    public async Task Better_or_worse_without_a_number_asks_for_it_naming_the_last_score(string said)
    {
        var later = await ReturningWithHistoryAsync();

        var replies = await later.SayAsync(said);

        Assert.True(replies.Mention(LastScore) && replies.Mention("what number") && !replies.Mention(MinutesQuestion),
            $"\"{said}\" at the pain question got: {replies}");
        Assert.True((await later.SayAsync("4")).Mention(MinutesQuestion));
        (await later.SayAsync("10")).Single(CardKind.Plan);
        Assert.Equal(4, await SavedPainAsync(later));
    }

    [Theory]
    [InlineData("same as last time")]
    [InlineData("better than last time")]
    public async Task With_no_earlier_score_the_bot_says_so_and_asks_for_the_number(string said)
    {
        var later = await Journey.BackAtQuickCheckAsync(new SdkChat(host));

        var replies = await later.SayAsync(said);

        Assert.True(replies.Mention("no score from an earlier session") && !replies.Mention(MinutesQuestion), $"\"{said}\" got: {replies}");
        Assert.True((await later.SayAsync("2")).Mention(MinutesQuestion));
    }

    [Fact]
    public async Task A_first_timer_saying_the_same_as_before_is_told_there_is_nothing_to_compare_with()
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");

        var replies = await chat.SayAsync("same as last time");

        Assert.True(replies.Mention("no score from an earlier session") && !replies.Mention(BelowKneeQuestion), $"Got: {replies}");
    }

    [Theory]
    [InlineData("pain 5")]
    [InlineData("actually my pain is a 5")]
    public async Task The_score_said_back_can_be_corrected_at_the_next_question(string correction)
    {
        var later = await ReturningWithHistoryAsync();
        Assert.True((await later.SayAsync("same as last time")).Mention(MinutesQuestion));

        var replies = await later.SayAsync(correction);

        Assert.True(replies.Mention(MinutesQuestion) && !replies.Has(CardKind.Plan), $"\"{correction}\" got: {replies}");
        (await later.SayAsync("10")).Single(CardKind.Plan);
        Assert.Equal(5, await SavedPainAsync(later));
    }

    [Fact]
    public async Task A_number_given_with_a_comparison_is_taken_as_said()
    {
        var later = await ReturningWithHistoryAsync();

        var replies = await later.SayAsync("better than last time, about a 2");

        Assert.True(replies.Mention(MinutesQuestion) && !replies.Mention(LastScore), $"Got: {replies}");
        (await later.SayAsync("10")).Single(CardKind.Plan);
        Assert.Equal(2, await SavedPainAsync(later));
    }

    /// <summary>Someone who did one exercise last time with pain 3, back for a new check-in and at its pain question.</summary>
    private async Task<SdkChat> ReturningWithHistoryAsync()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync((await chat.TapAsync(first, "Done")).Single(CardKind.Feeling), "About right");
        await chat.SayAsync("stop");
        (await chat.SayAsync("skip")).Single(CardKind.Summary);

        var later = chat.NewConversation();
        await later.SayAsync("start");
        (await later.SayAsync("no")).Single(CardKind.QuickCheck);
        return later;
    }

    private async Task<int?> SavedPainAsync(Chat chat) =>
        (int?)(await Sessions.SavedConversationAsync(host, chat))?.SelectToken("$..Assessment.PainNow");
}
