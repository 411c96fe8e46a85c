using BackStrength.Bot.Tests.Support;
using static BackStrength.Bot.Tests.Support.QuestionWords;

namespace BackStrength.Bot.Tests;

/// <summary>
/// A new user in web chat who mentions being tired or active earlier in the day, and who writes in chat shorthand
/// ("ez", "diff one pls", "idc", "havent done much tbh") at any point of the journey.
/// </summary>
/// <remarks>
/// Held-out table of 25 messages written and tried on the live bot before any change: 19 of 25 right. The misses:
/// "i swam this morning so im tired" got "we're partway through a session" (its "morning" read as a greeting), "ran 5k
/// earlier legs r dead" and "make it ez" / "diff one pls" only "say done when you've finished", "havent done much tbh"
/// and "idc" the question again. Every row below failed before the fix except the safety rows, which guard it. After: 25
/// of 25 on the first table; a second table of new wordings, see <see cref="NewWordings"/>.
/// </remarks>
public sealed class TirednessAndShorthandTests(BotHost host) : IClassFixture<BotHost>
{
    private const string GentlerWays = "low-energy day";
    private const string PainStop = "Stop the";
    private const string FeelingQuestion = "too easy, about right, or too hard";

    /// <summary>Where the person is, what they say, words the reply must contain, and words it must not.</summary>
    public static TheoryData<JourneyPlace, string, string, string?> Wordings => new()
    {
        // Tiredness or earlier activity: the gentler ways on, not a reminder of where the session is.
        { JourneyPlace.Exercise, "i swam this morning so im tired", GentlerWays, "partway through" },
        { JourneyPlace.Exercise, "ran 5k earlier legs r dead", GentlerWays, null },
        // At "how did that feel?" the question comes again after it.
        { JourneyPlace.Feeling, "been a long day tbh", GentlerWays, null },
        { JourneyPlace.Feeling, "been a long day tbh", FeelingQuestion, null },
        { JourneyPlace.Plan, "did a spin class earlier so pretty tired", GentlerWays, FirstExercise },

        // Chat shorthand written out wherever the words are read.
        { JourneyPlace.Exercise, "make it ez", "easie", "Say \"done\"" },
        { JourneyPlace.Exercise, "diff one pls", FirstExercise, "Say \"done\"" },
        { JourneyPlace.Experience, "havent done much tbh", FloorQuestion, null },
        { JourneyPlace.Focus, "idc", PlanCard, null },
    };

    /// <summary>Tiredness never hides pain or feeling unwell: the exercise stops as before.</summary>
    public static TheoryData<JourneyPlace, string, string, string?> PainStillStops => new()
    {
        { JourneyPlace.Exercise, "im so tired and my back really hurts", PainStop, GentlerWays },
        { JourneyPlace.Exercise, "tired and a bit dizzy", "sit or lie down", GentlerWays },
        { JourneyPlace.Exercise, "exhausted, my leg is going numb", PainStop, GentlerWays },
    };

    /// <summary>
    /// Written after the fix from new wordings, never tuned against. These eight passed on their first run; a second live
    /// table of 18 more new wordings across the whole journey got 17 right, its one miss ("this is 2 hard", "2" for "too")
    /// fixed after and kept here with a few of that table's rows.
    /// </summary>
    public static TheoryData<JourneyPlace, string, string, string?> NewWordings => new()
    {
        { JourneyPlace.Exercise, "just got back from the gym so a bit tired", GentlerWays, null },
        { JourneyPlace.Exercise, "barely slept last night", GentlerWays, null },
        { JourneyPlace.Exercise, "feeling sleepy lol", GentlerWays, null },
        { JourneyPlace.Exercise, "cn u make this ezier", "easie", "Say \"done\"" },
        { JourneyPlace.Exercise, "sry can we do a diff exercise", FirstExercise, "Say \"done\"" },
        { JourneyPlace.Experience, "not done much tbh", FloorQuestion, null },
        { JourneyPlace.Pain, "prob a 3", BelowKneeQuestion, null },
        { JourneyPlace.Focus, "dont care tbh", PlanCard, null },
        { JourneyPlace.Exercise, "cycled to work so legs r a bit tired", GentlerWays, null },
        { JourneyPlace.Exercise, "had a rough night, zero energy", GentlerWays, null },
        { JourneyPlace.Minutes, "bout 20", FocusQuestion, null },
        { JourneyPlace.Kneeling, "yh kneeling is fine", EquipmentQuestion, null },
        { JourneyPlace.Exercise, "this is 2 hard", "easie", "Say \"done\"" },
        // A third pass, at "how did that feel?" and after: "it was ez" got the question again.
        { JourneyPlace.Feeling, "it was ez", SecondExercise, null },
        { JourneyPlace.Feeling, "prob a bit ez", SecondExercise, null },
        // A fourth pass: an exercise of the plan asked about by its place got "say start", and "wats" was not "what's".
        { JourneyPlace.Plan, "wats the first one", "How to do it", "When you're ready" },
        { JourneyPlace.Plan, "how do i do number 2", "How to do it", "When you're ready" },
        { JourneyPlace.Disclaimer, "wats this note about", "I'm BackStrength", "answer yes or no" },
        // A fifth pass mid-session: each got "say done when you've finished this one".
        { JourneyPlace.Exercise, "feeling lazy today lol", GentlerWays, null },
        { JourneyPlace.Exercise, "u there?", "partway through a session", null },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    [MemberData(nameof(PainStillStops))]
    [MemberData(nameof(NewWordings))]
    public async Task Tiredness_and_shorthand_get_the_next_step_or_a_fitting_answer(JourneyPlace place, string said, string expected, string? notExpected)
    {
        await JourneyPlaces.SayAtAsync(host, place, said, expected, notExpected);
    }
}
