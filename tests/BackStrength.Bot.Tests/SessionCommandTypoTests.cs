using BackStrength.Bot.Tests.Support;
using static BackStrength.Bot.Tests.Support.QuestionWords;

namespace BackStrength.Bot.Tests;

/// <summary>
/// Short commands typed with a typo mid-session act as the command, at the exercise and at "how did it feel?"; a sentence
/// with a real word one typo from a command ("a sip of water", "I swam") is no command.
/// </summary>
/// <remarks>
/// Live before the fix: at the exercise 6 of 6 typos worked ("eaiser", "hardr", "skp", "swpa", "dne", "nxt"); at "how did it
/// feel?" "nxt" asked the question again while "next" moved on; of 5 sentences with a near word, "let me take a sip of
/// water" skipped the exercise and "i swam this morning so im tired" swapped it. After: all of these as they should be, and
/// new wordings ("skipp this one", "swp pls", "doen", "nxt pls" at the feeling question) too.
/// </remarks>
public sealed class SessionCommandTypoTests(BotHost host) : IClassFixture<BotHost>
{
    /// <summary>Where, what is said, words the reply must contain, and words it must not.</summary>
    public static TheoryData<JourneyPlace, string, string, string?> Wordings => new()
    {
        { JourneyPlace.Exercise, "eaiser", "Easier version", null },
        { JourneyPlace.Exercise, "hardr", "Harder version", null },
        { JourneyPlace.Exercise, "skp", SecondExercise, null },
        { JourneyPlace.Exercise, "swpa", "Swapped in", null },
        { JourneyPlace.Exercise, "dne", "How did", null },
        { JourneyPlace.Exercise, "nxt", "How did", null },
        { JourneyPlace.Exercise, "skipp this one", SecondExercise, null },
        { JourneyPlace.Exercise, "swp pls", "Swapped in", null },
        { JourneyPlace.Exercise, "doen", "How did", null },
        { JourneyPlace.Feeling, "nxt", SecondExercise, null },
        { JourneyPlace.Feeling, "nxt pls", SecondExercise, null },
        { JourneyPlace.Feeling, "skp", SecondExercise, null },
        // Real words one typo from a command word are no command.
        { JourneyPlace.Exercise, "let me take a sip of water", "", SecondExercise },
        { JourneyPlace.Exercise, "i swam this morning so im tired", "", "Swapped in" },
        { JourneyPlace.Exercise, "the ship sails at noon", "", SecondExercise },
        { JourneyPlace.Exercise, "gotta skim my emails quick", "", SecondExercise },
    };

    [Theory]
    [MemberData(nameof(Wordings))]
    public async Task A_short_command_typo_is_the_command_and_a_near_word_is_not(JourneyPlace place, string said, string expected, string? notExpected)
    {
        await JourneyPlaces.SayAtAsync(host, place, said, expected, notExpected);
    }
}
