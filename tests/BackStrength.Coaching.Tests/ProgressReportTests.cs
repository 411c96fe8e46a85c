using BackStrength.Coaching.Progress;

namespace BackStrength.Coaching.Tests;

public class ProgressReportTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_sessions_there_is_nothing_to_show()
    {
        Assert.True(ProgressReport.Of([], Shipped.Library).IsEmpty);
    }

    [Fact]
    public void Sessions_are_listed_newest_first_with_pain_before_and_after_and_what_was_done()
    {
        var history = new List<SessionRecord>
        {
            Session(Monday, 4, 3, ("bridge.standard", Feeling.AboutRight), ("bird-dog.standard", Feeling.Skipped)),
            Session(Monday.AddDays(2), 3, 2, ("bridge.standard", Feeling.TooEasy), ("bird-dog.standard", Feeling.AboutRight)),
        };

        var report = ProgressReport.Of(history, Shipped.Library);

        Assert.Equal(
            [new SessionOutcome(Monday.AddDays(2), 2, 3, 2), new SessionOutcome(Monday, 1, 4, 3)],
            report.Sessions);
    }

    [Fact]
    public void Each_exercise_shows_the_level_last_done_not_one_that_was_skipped()
    {
        var bridge = Shipped.Library.GetExercise("bridge");
        var easiest = bridge.Variations[0].Id;
        var history = new List<SessionRecord>
        {
            Session(Monday, 3, 3, ("bridge.standard", Feeling.TooEasy)),
            Session(Monday.AddDays(1), 3, 3, (easiest, Feeling.AboutRight)),
            Session(Monday.AddDays(2), 3, 3, ("bridge.standard", Feeling.Skipped)),
        };

        var level = Assert.Single(ProgressReport.Of(history, Shipped.Library).Levels);

        Assert.Equal((easiest, 1, bridge.Variations.Count), (level.Variation.Id, level.Level, level.Levels));
    }

    [Fact]
    public void A_variation_the_library_no_longer_has_is_left_out_of_the_levels()
    {
        var history = new List<SessionRecord> { Session(Monday, 3, 3, ("bridge.retired-version", Feeling.AboutRight)) };

        var report = ProgressReport.Of(history, Shipped.Library);

        Assert.Single(report.Sessions);
        Assert.Empty(report.Levels);
    }

    private static SessionRecord Session(DateTimeOffset date, int painBefore, int painAfter, params (string VariationId, Feeling Feeling)[] entries) =>
        new(date, [.. entries.Select(e => new SessionEntry(e.VariationId.Split('.')[0], e.VariationId, e.Feeling, painBefore, painAfter))]);
}
