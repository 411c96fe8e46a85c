using BackStrength.Bot.Tests.Support;
using BackStrength.Coaching.Exercises;
using Microsoft.Extensions.DependencyInjection;

namespace BackStrength.Bot.Tests;

/// <summary>
/// "Can I do this sitting?" at an exercise: a truthful answer from the exercise data about the positions it and its
/// versions are done in, and, where the exercise on screen needs a position the person cannot use, an offer of a
/// version or another exercise that fits. Never a claim the data does not back, never "say done when you've finished".
/// </summary>
/// <remarks>
/// <see cref="HeldOut"/> was written before the answer existed, as a held-out table. The first-time plan for a lower
/// back focus puts Bent-over row (every version standing) first, Bird dog (every version on hands and knees) fourth,
/// Plank (on hands and knees, with a wall plank done standing) fifth and Superman (every version face down) sixth.
/// First run, before the fix: 0 of 20 rows passed (every question got "say done when you've finished this one"). After
/// the fix: 19 of 20. The row that failed was the table's mistake: "I can't kneel" at the bird dog expected the exercise
/// swapped in to be off the floor too, but the side plank it brings is done lying on the side, which needs no kneeling;
/// the row now expects only that (<see cref="Outcome.OffersSwapWithoutKneeling"/>). Trying the bot afterwards, "at my
/// desk ok?" still got "say done": its "ok" made it an acknowledgement, so the answer now comes whatever the intent,
/// commands aside. <see cref="SecondHeldOut"/> was written after that and before running it: first run 6 of 8 ("does
/// this work sat at my desk?" got a yes for standing, as the desk allowed it; "knees are bad, can't kneel today" got
/// "say done", as "knees" read as naming kneeling and hid the denial). With a named position outranking a place, and
/// places read clause by clause: 8 of 8.
/// </remarks>
public sealed class ExercisePositionQuestionTests(BotHost host) : IClassFixture<BotHost>
{
    private const int Row = 1;
    private const int BirdDog = 4;
    private const int Plank = 5;
    private const int Superman = 6;

    /// <summary>What the person should see after asking.</summary>
    public enum Outcome
    {
        /// <summary>A yes: the exercise on screen is done that way. Nothing changes.</summary>
        SaysYes,

        /// <summary>A no, with nothing offered; the exercise stays on screen.</summary>
        SaysNo,

        /// <summary>An offer of another version of the same exercise done that way; "yes" brings it.</summary>
        OffersOtherVersion,

        /// <summary>A no, and an offer of another exercise off the floor; "yes" swaps it in through the swap path.</summary>
        OffersSwap,

        /// <summary>A no, and an offer of another exercise done without kneeling; "yes" swaps it in.</summary>
        OffersSwapWithoutKneeling,
    }

    public static TheoryData<int, string, Outcome> HeldOut => new()
    {
        { Row, "can I do this standing?", Outcome.SaysYes },
        { Row, "can i do this at my desk", Outcome.SaysYes },
        { Row, "could I do this one sitting down?", Outcome.SaysNo },
        { Row, "can I do this on a chair", Outcome.SaysNo },
        { BirdDog, "can I do this sitting down?", Outcome.OffersSwap },
        { BirdDog, "I can't get on the floor", Outcome.OffersSwap },
        { BirdDog, "is there a version I can do standing?", Outcome.OffersSwap },
        { BirdDog, "cant get down on the floor today, any other option?", Outcome.OffersSwap },
        { BirdDog, "can i do it in bed", Outcome.SaysNo },
        { BirdDog, "I can't kneel", Outcome.OffersSwapWithoutKneeling },
        { BirdDog, "Can I do tihs at my desk?", Outcome.OffersSwap },
        { Plank, "can I do this standing up", Outcome.OffersOtherVersion },
        { Plank, "I can't get down on the floor", Outcome.OffersOtherVersion },
        { Plank, "standing version?", Outcome.OffersOtherVersion },
        { Plank, "any way to do this one without getting on the floor?", Outcome.OffersOtherVersion },
        { Plank, "can I do plank sitting?", Outcome.OffersOtherVersion },
        { Superman, "I'd rather do something standing", Outcome.OffersSwap },
        { Superman, "is there a seated version", Outcome.OffersSwap },
        { Superman, "Can I do this in my office chair?", Outcome.OffersSwap },
        { Superman, "im in bed, can i do it here", Outcome.SaysNo },
    };

    public static TheoryData<int, string, Outcome> SecondHeldOut => new()
    {
        { Row, "can I stand for this one", Outcome.SaysYes },
        { Row, "does this work sat at my desk?", Outcome.SaysNo },
        { BirdDog, "I can't get down to the ground", Outcome.OffersSwap },
        { BirdDog, "is there a chair version", Outcome.OffersSwap },
        { Plank, "is there a way to do it upright?", Outcome.OffersOtherVersion },
        { Plank, "knees are bad, can't kneel today", Outcome.OffersOtherVersion },
        { Superman, "can i do this one standing up instead", Outcome.OffersSwap },
        { Superman, "do it in bed?", Outcome.SaysNo },
    };

    [Theory]
    [MemberData(nameof(HeldOut))]
    [MemberData(nameof(SecondHeldOut))]
    public async Task Asked_at_an_exercise(int place, string message, Outcome expected)
    {
        var chat = new SdkChat(host);
        var shown = await GoToExerciseAsync(chat, place);

        var replies = await chat.SayAsync(message);

        Assert.DoesNotContain(replies, card => card.Text == Texts.Of(host).SessionActionRetry);
        Assert.False(replies.Has(CardKind.SessionExercise) || replies.Has(CardKind.Summary), $"The session moved without asking: {replies}");
        var answer = replies.Last.AllText;
        Assert.Contains(shown.Title, answer, StringComparison.OrdinalIgnoreCase);
        switch (expected)
        {
            case Outcome.SaysYes:
                Assert.StartsWith("Yes", answer, StringComparison.Ordinal);
                await AssertExerciseStaysAsync(chat, shown);
                break;
            case Outcome.SaysNo:
                Assert.DoesNotContain("yes", answer, StringComparison.OrdinalIgnoreCase);
                await AssertExerciseStaysAsync(chat, shown);
                break;
            case Outcome.OffersOtherVersion:
                var version = (await chat.SayAsync("yes")).Single(CardKind.SessionExercise);
                Assert.Equal((shown.Lines[0], shown.Title), (version.Lines[0], version.Title));
                Assert.False(PositionOf(version).IsOnFloor(), $"{version.VariationName} is done on the floor.");
                Assert.Contains(version.VariationName, answer, StringComparison.OrdinalIgnoreCase);
                break;
            case Outcome.OffersSwap or Outcome.OffersSwapWithoutKneeling:
                var swapped = (await chat.SayAsync("yes")).Single(CardKind.SessionExercise);
                Assert.Equal(shown.Lines[0], swapped.Lines[0]);
                Assert.NotEqual(shown.Title, swapped.Title);
                var needs = PositionOf(swapped);
                Assert.False(expected == Outcome.OffersSwap ? needs.IsOnFloor() : needs.NeedsKneeling(), $"{swapped.VariationName} is done {needs}.");
                break;
        }
    }

    /// <summary>"No" to an offer leaves the exercise as it was.</summary>
    [Fact]
    public async Task Saying_no_to_the_offer_keeps_the_exercise()
    {
        var chat = new SdkChat(host);
        var plank = await GoToExerciseAsync(chat, Plank);
        await chat.SayAsync("can I do this standing?");

        var replies = await chat.SayAsync("no thanks");

        Assert.False(replies.Has(CardKind.SessionExercise), $"The exercise changed after a no: {replies}");
        Assert.Equal(plank.ExerciseId, (await chat.SayAsync("done")).Single(CardKind.Feeling).ExerciseId);
    }

    /// <summary>Once the person says the floor is out, "harder" on the exercise swapped in stays off it too.</summary>
    [Fact]
    public async Task After_a_swap_off_the_floor_harder_stays_off_it()
    {
        var chat = new SdkChat(host);
        await GoToExerciseAsync(chat, BirdDog);
        await chat.SayAsync("I can't get on the floor");
        (await chat.SayAsync("yes")).Single(CardKind.SessionExercise);

        var harder = await chat.SayAsync("harder");

        Assert.All(harder.Where(card => card.Kind == CardKind.SessionExercise), card => Assert.False(PositionOf(card).IsOnFloor(), $"{card.VariationName} is done on the floor."));
    }

    /// <summary>The card's Swap button, tapped instead of "yes", swaps through the usual path and keeps off the floor.</summary>
    [Fact]
    public async Task Tapping_swap_after_saying_the_floor_is_out_brings_an_exercise_off_the_floor()
    {
        var chat = new SdkChat(host);
        var birdDog = await GoToExerciseAsync(chat, BirdDog);
        await chat.SayAsync("I can't get on the floor");

        var swapped = (await chat.TapAsync(birdDog, "Swap")).Single(CardKind.SessionExercise);

        Assert.NotEqual(birdDog.Title, swapped.Title);
        Assert.False(PositionOf(swapped).IsOnFloor(), $"{swapped.VariationName} is done on the floor.");
    }

    /// <summary>Any other message drops the offer: a "yes" later does not change the exercise.</summary>
    [Fact]
    public async Task A_yes_after_something_else_does_not_take_an_old_offer()
    {
        var chat = new SdkChat(host);
        var plank = await GoToExerciseAsync(chat, Plank);
        await chat.SayAsync("can I do this standing?");
        await chat.SayAsync("how many reps again?");

        var replies = await chat.SayAsync("yes");

        Assert.DoesNotContain(replies, card => card.Kind == CardKind.SessionExercise && card.VariationName != plank.VariationName);
    }

    /// <summary>A bed has its own answer; the ways that only count when denied are said as the limit they set.</summary>
    [Fact]
    public void Every_position_and_way_of_asking_has_words_to_say_it()
    {
        var texts = Texts.Of(host);
        var vocabulary = host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Conversation.AnswerVocabulary>>().Value;

        Assert.All(Enum.GetNames<Position>(), position => Assert.Contains(position, texts.PositionPhrases.Keys));
        Assert.All(vocabulary.PlaceWords.Keys.Except(["Floor", "Kneeling", "Bed"]), place => Assert.Contains(place, texts.PlacePhrases.Keys));
        Assert.All(new[] { nameof(State.PositionLimit.OffFloor), nameof(State.PositionLimit.NoKneeling) }, limit => Assert.Contains(limit, texts.PlacePhrases.Keys));
    }

    [Fact]
    public async Task A_position_question_that_mentions_pain_still_gets_the_pain_advice()
    {
        var chat = new SdkChat(host);
        await GoToExerciseAsync(chat, BirdDog);

        var replies = await chat.SayAsync("kneeling hurts my back, can I do it standing?");

        replies.Single(CardKind.PainAdvice);
    }

    private Position PositionOf(Card exercise) =>
        host.Services.GetRequiredService<ExerciseLibrary>().GetExercise(exercise.ExerciseId!).Variations
            .Single(variation => variation.Name == exercise.VariationName).Position;

    private static async Task AssertExerciseStaysAsync(Chat chat, Card shown) =>
        Assert.Equal(shown.ExerciseId, (await chat.SayAsync("done")).Single(CardKind.Feeling).ExerciseId);

    private static async Task<Card> GoToExerciseAsync(Chat chat, int place)
    {
        var exercise = await Journey.TapToSessionAsync(chat);
        for (var skipped = 1; skipped < place; skipped++)
        {
            exercise = (await chat.TapAsync(exercise, "Skip")).Single(CardKind.SessionExercise);
        }

        Assert.StartsWith($"Exercise {place} of ", exercise.Lines[0], StringComparison.Ordinal);
        return exercise;
    }
}
