using BackStrength.Bot.State;
using BackStrength.Bot.Tests.Support;
using BackStrength.Coaching.Progress;

namespace BackStrength.Bot.Tests;

/// <summary>A session stopped before its end, often because something hurt: what the summary, the history and the progress card keep.</summary>
public sealed class EarlyEndTests(BotHost host) : IClassFixture<BotHost>
{
    [Fact]
    public async Task Saying_it_hurts_several_times_records_the_exercise_once()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        (await chat.TapAsync(first, "It hurts")).Single(CardKind.PainAdvice);
        (await chat.SayAsync("it hurts")).Single(CardKind.PainAdvice);
        (await chat.SayAsync("sharp pain when I bend")).Single(CardKind.PainAdvice);

        var summary = (await chat.SayAsync("stop")).Single(CardKind.Summary);

        Assert.Equal("1 exercise · about 1 minute", summary.Lines[1]);
        var entry = Assert.Single((await SavedHistoryAsync(chat)).Single().Entries);
        Assert.Equal((first.ExerciseId, Feeling.StoppedForPain), (entry.ExerciseId, entry.Feeling));
    }

    [Fact]
    public async Task A_session_ended_early_keeps_no_pain_after_score_when_the_question_is_skipped()
    {
        var chat = new SdkChat(host);
        var first = await Journey.TapToSessionAsync(chat);
        await chat.TapAsync((await chat.TapAsync(first, "Done")).Single(CardKind.Feeling), "About right");
        Assert.False((await chat.SayAsync("stop")).Has(CardKind.Summary));

        var summary = (await chat.SayAsync("skip")).Single(CardKind.Summary);

        Assert.DoesNotContain("Back pain", summary.AllText, StringComparison.Ordinal);
        Assert.Null(Assert.Single((await SavedHistoryAsync(chat)).Single().Entries).PainAfter);
        var progress = (await chat.SayAsync("show my progress")).Single(CardKind.Progress);
        Assert.Contains(progress.Lines, line => line.EndsWith("→ not scored", StringComparison.Ordinal));
        Assert.Contains("no score after", progress.FallbackText, StringComparison.Ordinal);
    }

    private async Task<IReadOnlyList<SessionRecord>> SavedHistoryAsync(Chat chat) =>
        (await Sessions.SavedProfileAsync(host, chat))!["UserProfile"]!.ToObject<UserProfile>()!.History;
}
