using BackStrength.Bot.Tests.Support;
using BackStrength.Coaching.Progress;
using static BackStrength.Bot.Tests.Support.QuestionWords;

namespace BackStrength.Bot.Tests;

/// <summary>
/// A new user in web chat who answers vaguely: a shrug at "how did that feel?", an everyday stiff back at the safety
/// check, slang for being worn out mid-session.
/// </summary>
/// <remarks>
/// Held-out table of 28 messages tried on the live bot before any change: 13 right. At "how did that feel?" "meh",
/// "hmm not sure abt this one", "idk how to rate it" and "what do you mean" got the question again, "dunno" skipped the
/// rating silently, "kinda hard??" and "sorta easy" were taken as too hard and too easy (where "a bit hard" is about
/// right). At the safety check "my back is just stiff from sitting", "just achy from my desk", "its just a bit stiff tbh"
/// and "my lower back aches from work" got "I didn't catch that". Mid-session "im knackered", "exhausted tbh",
/// "totally shattered today" and "worn out" swapped to an easier exercise where "so tired" got the tired-day options.
/// After the fix: 28 of 28; a second table of new wordings, see <see cref="NewWordings"/>. Run against the code before
/// the fix, the 19 rows of the fix failed and the 13 guard rows (<see cref="SafetyStillHolds"/>) passed.
/// </remarks>
public sealed class VagueAnswersAndEverydayBackTests(BotHost host) : IClassFixture<BotHost>
{
    private const string AskedAgain = "didn't catch that";
    private const string SeeAClinician = "get medical help";
    private const string OptionsExplained = "no wrong answer";
    private const string FeelingQuestion = "too easy, about right, or too hard";
    private const string GentlerWays = "low-energy day";
    private const string MadeEasier = "easie";

    /// <summary>Where the person is, what they say, words the reply must contain, and words it must not.</summary>
    public static TheoryData<JourneyPlace, string, string, string?> Wordings => new()
    {
        // An everyday stiff or achy back, said as such, is a "none".
        { JourneyPlace.SafetyCheck, "my back is just stiff from sitting", PainQuestion, AskedAgain },
        { JourneyPlace.SafetyCheck, "just achy from my desk", PainQuestion, AskedAgain },
        { JourneyPlace.SafetyCheck, "its just a bit stiff tbh", PainQuestion, AskedAgain },
        { JourneyPlace.SafetyCheck, "my lower back aches from work", PainQuestion, AskedAgain },

        // Unsure which to pick: what the three answers mean, then the question.
        { JourneyPlace.Feeling, "hmm not sure abt this one", OptionsExplained, SecondExercise },
        { JourneyPlace.Feeling, "hmm not sure abt this one", FeelingQuestion, null },
        { JourneyPlace.Feeling, "dunno", OptionsExplained, SecondExercise },
        { JourneyPlace.Feeling, "what do you mean", OptionsExplained, null },

        // Worn out is how the person is, not a request: the tired-day options, not a swap.
        { JourneyPlace.Exercise, "im knackered", GentlerWays, FirstExercise },
        { JourneyPlace.Exercise, "exhausted tbh", GentlerWays, FirstExercise },
        { JourneyPlace.Exercise, "totally shattered today", GentlerWays, FirstExercise },
    };

    /// <summary>
    /// The safety screen is not weakened: a warning sign beside an everyday complaint is still one, and an everyday word
    /// beside anything else, or with nothing that says it is the everyday kind, is still asked about again.
    /// </summary>
    public static TheoryData<JourneyPlace, string, string, string?> SafetyStillHolds => new()
    {
        { JourneyPlace.SafetyCheck, "stiff from sitting but ive lost weight without trying", SeeAClinician, PainQuestion },
        { JourneyPlace.SafetyCheck, "just achy but it wakes me at night", SeeAClinician, PainQuestion },
        { JourneyPlace.SafetyCheck, "just a bit stiff but i cant control my bladder", SeeAClinician, PainQuestion },
        { JourneyPlace.SafetyCheck, "just sore from sitting, and ive had a fever", SeeAClinician, PainQuestion },
        { JourneyPlace.SafetyCheck, "just stiff since i fell down the stairs", SeeAClinician, PainQuestion },
        { JourneyPlace.SafetyCheck, "just stiff, and my leg is numb", AskedAgain, PainQuestion },
        { JourneyPlace.SafetyCheck, "just achy with pain down my leg", AskedAgain, PainQuestion },
        { JourneyPlace.SafetyCheck, "stiff and tingly", AskedAgain, PainQuestion },
        { JourneyPlace.SafetyCheck, "my back is sore", AskedAgain, PainQuestion },
        { JourneyPlace.SafetyCheck, "my back is weird", AskedAgain, PainQuestion },
        // An explicit request for an easier version still gets one.
        { JourneyPlace.Exercise, "too hard, make it easier", MadeEasier, GentlerWays },
        { JourneyPlace.Exercise, "this is brutal", MadeEasier, GentlerWays },
    };

    /// <summary>Written after the fix from new wordings, never tuned against; see the commit for the live count.</summary>
    public static TheoryData<JourneyPlace, string, string, string?> NewWordings => new()
    {
        { JourneyPlace.SafetyCheck, "only a little tight from my chair", PainQuestion, AskedAgain },
        { JourneyPlace.SafetyCheck, "its just the usual desk stiffness", PainQuestion, AskedAgain },
        { JourneyPlace.Feeling, "no idea tbh", OptionsExplained, SecondExercise },
        { JourneyPlace.Feeling, "how should i rate it?", OptionsExplained, null },
        { JourneyPlace.Exercise, "completely wiped out today", GentlerWays, FirstExercise },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    [MemberData(nameof(SafetyStillHolds))]
    [MemberData(nameof(NewWordings))]
    public async Task Vague_answers_get_a_sensible_next_step(JourneyPlace place, string said, string expected, string? notExpected)
    {
        await JourneyPlaces.SayAtAsync(host, place, said, expected, notExpected);
    }

    /// <summary>A shrug or a hedge is "about right", as "a bit hard" already was: the session moves on with that rating.</summary>
    [Theory]
    [InlineData("meh")]
    [InlineData("kinda hard??")]
    [InlineData("sorta easy")]
    [InlineData("eh, kind of tough")]
    public async Task A_hedged_or_shrugged_rating_is_about_right(string said)
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Feeling);

        var replies = await chat.SayAsync(said);

        Assert.True(replies.Mention(SecondExercise), $"\"{said}\" got: {replies}");
        var step = (await Sessions.SavedConversationAsync(host, chat))!.SelectToken("$..Session.Steps[0]")!;
        Assert.Equal(Feeling.AboutRight, step["Feeling"]!.ToObject<Feeling>());
    }
}
