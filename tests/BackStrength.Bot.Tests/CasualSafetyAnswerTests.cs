using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// Office workers answering the disclaimer, the safety check and the check-in questions as they type in Teams and web
/// chat: mixed yes and no ("yeah nah"), hedges ("sometimes at night"), reassurances naming body parts ("legs fine,
/// bladder fine"), real symptoms said casually ("peeing is weird lately"), things long past ("had an op years ago"),
/// questions back and answers to the wrong question. What a careful physical therapist wants of each: never a "none"
/// taken for a real warning sign, never a safety stop for something that is not one, and otherwise the next question
/// or the same one again, saying how to answer. Where the right reading is unclear, asking again is the cautious one.
/// </summary>
/// <remarks>
/// The first table was written from trying the bot as these people, before changing any code, as a held-out set.
/// First run, before any fix: 53 of 67 rows passed (after one correction to the test itself: "Which one applies?", the
/// re-ask after "which of these is it?", was not counted as asking again, which failed 5 rows wrongly). The 14
/// failures: 6 plain nones with a casual word the bot did not know at the safety check ("nope all good thx", "none
/// apply ta", "no probs here", "yeah nah none of those", "nah just a sore back lol", "nothing like that, just stiff
/// from sitting all day"), all asked again; "no probs" at the disclaimer declined it and at the floor question was
/// asked again; 3 warning signs said casually were missed ("peeing is weird lately" and "cant really feel my bum..."
/// asked again, and "5, also peeing is weird lately" at the pain question went on to the next question); a steroid
/// inhaler gave a safety stop; "gym 3x a week" was not taken as exercising regularly; and "what's a resistance
/// band?" was taken as having one. After the fixes: 67 of 67. Later, "sorry meant no" and "oops wrong button, none" at
/// "which of these is it?" were held to more than a re-ask: they now must start the check again, as a plain "none"
/// there does (they had been given the list again).
/// </remarks>
public sealed class CasualSafetyAnswerTests(BotHost host) : IClassFixture<BotHost>
{
    private const string SafetyStop = "do not start the exercises";

    /// <summary>What the reply to a message must be.</summary>
    public enum Outcome
    {
        /// <summary>The answer is taken: the question is not asked again and nothing stops.</summary>
        Next,

        /// <summary>The same question again (or, after "which of these?", the safety check from its start).</summary>
        AskAgain,

        /// <summary>Either of the above: both are sound; what matters is that nothing stops.</summary>
        NextOrAskAgain,

        /// <summary>The safety stop, with its advice.</summary>
        Stop,

        /// <summary>A possible warning sign: the stop, or the question again, never the next question.</summary>
        StopOrAskAgain,
    }

    /// <summary>
    /// Where the person is, what they type, what must follow, and words the reply must hold: for a stop, words of its
    /// advice; for a question asked again, words of the question it must be.
    /// </summary>
    public static TheoryData<JourneyPlace, string, Outcome, string?> FirstTable => new()
    {
        // The disclaimer.
        { JourneyPlace.Disclaimer, "yeah ok", Outcome.Next, null },
        { JourneyPlace.Disclaimer, "yes fine", Outcome.Next, null },
        { JourneyPlace.Disclaimer, "ya sure np", Outcome.Next, null },
        { JourneyPlace.Disclaimer, "ok got it thx", Outcome.Next, null },
        { JourneyPlace.Disclaimer, "no probs", Outcome.Next, null },
        { JourneyPlace.Disclaimer, "yeah nah", Outcome.AskAgain, null },
        { JourneyPlace.Disclaimer, "what counts as medical advice?", Outcome.AskAgain, null },

        // The safety check: none, said casually.
        { JourneyPlace.SafetyCheck, "nope all good thx", Outcome.Next, null },
        { JourneyPlace.SafetyCheck, "no probs here", Outcome.Next, null },
        { JourneyPlace.SafetyCheck, "yeah nah none of those", Outcome.Next, null },
        { JourneyPlace.SafetyCheck, "none apply ta", Outcome.Next, null },
        { JourneyPlace.SafetyCheck, "nothing like that, just stiff from sitting all day", Outcome.Next, null },
        { JourneyPlace.SafetyCheck, "nah just a sore back lol", Outcome.Next, null },
        { JourneyPlace.SafetyCheck, "no red flags", Outcome.Next, null },
        { JourneyPlace.SafetyCheck, "nope, legs fine, bladder fine", Outcome.NextOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "nah mate, no numbness or anything", Outcome.NextOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "yes fine", Outcome.NextOrAskAgain, null },

        // The safety check: things past, or not warning signs.
        { JourneyPlace.SafetyCheck, "had an op years ago", Outcome.NextOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "fell off my bike last summer but fine now", Outcome.NextOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "lost a bit of weight but im dieting", Outcome.NextOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "i use a steroid inhaler for asthma", Outcome.NextOrAskAgain, null },

        // The safety check: hedges, questions back and answers to other questions.
        { JourneyPlace.SafetyCheck, "what counts as severe?", Outcome.AskAgain, null },
        { JourneyPlace.SafetyCheck, "sometimes at night", Outcome.StopOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "kind of", Outcome.AskAgain, null },
        { JourneyPlace.SafetyCheck, "fever last week, better now", Outcome.StopOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "3", Outcome.AskAgain, null },
        { JourneyPlace.SafetyCheck, "beginner, 20 mins", Outcome.AskAgain, null },

        // The safety check: real warning signs said casually.
        { JourneyPlace.SafetyCheck, "bit of numbness down there tbh", Outcome.Stop, "groin" },
        { JourneyPlace.SafetyCheck, "peeing is weird lately", Outcome.Stop, "bladder" },
        { JourneyPlace.SafetyCheck, "yeah my legs feel weak when i walk", Outcome.Stop, "weakness" },
        { JourneyPlace.SafetyCheck, "im 20 weeks pregnant", Outcome.Stop, "midwife" },
        { JourneyPlace.SafetyCheck, "cant really feel my bum when i sit on the loo", Outcome.Stop, "groin" },

        // "Which of these is it?" after a yes.
        { JourneyPlace.WhichWarningSign, "sorry meant no", Outcome.AskAgain, "Do any of these apply" },
        { JourneyPlace.WhichWarningSign, "oops wrong button, none", Outcome.AskAgain, "Do any of these apply" },
        { JourneyPlace.WhichWarningSign, "the numbness one", Outcome.Stop, "groin" },
        { JourneyPlace.WhichWarningSign, "2nd one", Outcome.Stop, "groin" },
        { JourneyPlace.WhichWarningSign, "bladder stuff", Outcome.Stop, "bladder" },
        { JourneyPlace.WhichWarningSign, "not sure, sometimes at night", Outcome.AskAgain, null },
        { JourneyPlace.WhichWarningSign, "what does saddle mean", Outcome.AskAgain, null },
        { JourneyPlace.WhichWarningSign, "idk", Outcome.AskAgain, null },

        // The pain score.
        { JourneyPlace.Pain, "bout a 4 i guess", Outcome.Next, null },
        { JourneyPlace.Pain, "no pain today", Outcome.Next, null },
        { JourneyPlace.Pain, "not too bad", Outcome.AskAgain, null },
        { JourneyPlace.Pain, "same as usual", Outcome.AskAgain, null },
        { JourneyPlace.Pain, "what counts as severe?", Outcome.AskAgain, null },
        { JourneyPlace.Pain, "7 but its shooting down my leg", Outcome.Next, null },
        { JourneyPlace.Pain, "5, also peeing is weird lately", Outcome.Stop, "bladder" },

        // Pain below the knee.
        { JourneyPlace.PainBelowKnee, "yeah nah", Outcome.AskAgain, null },
        { JourneyPlace.PainBelowKnee, "nope legs fine", Outcome.Next, null },
        { JourneyPlace.PainBelowKnee, "only to the thigh", Outcome.NextOrAskAgain, null },
        { JourneyPlace.PainBelowKnee, "sometimes", Outcome.NextOrAskAgain, null },
        { JourneyPlace.PainBelowKnee, "pins and needles in both feet", Outcome.Stop, "both legs" },

        // Experience, floor and kneeling.
        { JourneyPlace.Experience, "gym 3x a week", Outcome.Next, null },
        { JourneyPlace.Experience, "not really", Outcome.NextOrAskAgain, null },
        { JourneyPlace.Floor, "yeah no probs", Outcome.Next, null },
        { JourneyPlace.Floor, "kind of, bit slow getting up", Outcome.NextOrAskAgain, null },
        { JourneyPlace.Kneeling, "not on hard floors", Outcome.NextOrAskAgain, null },
        { JourneyPlace.Kneeling, "had an op on my knee years ago, fine now", Outcome.NextOrAskAgain, null },

        // Equipment, minutes and focus.
        { JourneyPlace.Equipment, "nah nothing", Outcome.Next, null },
        { JourneyPlace.Equipment, "just a chair tbh", Outcome.Next, null },
        { JourneyPlace.Equipment, "what's a resistance band?", Outcome.AskAgain, null },
        { JourneyPlace.Minutes, "like 15 mins max", Outcome.Next, null },
        { JourneyPlace.Minutes, "half an hour", Outcome.Next, null },
        { JourneyPlace.Minutes, "not long, lunch break", Outcome.AskAgain, null },
        { JourneyPlace.Minutes, "10, been feverish all week", Outcome.Stop, "fever" },
        { JourneyPlace.Focus, "nah whatever", Outcome.Next, null },
        { JourneyPlace.Focus, "bit of numbness down there tbh", Outcome.Stop, "groin" },
    };

    /// <summary>
    /// Fifteen fresh rows written after the fixes to the first table, from the same people. First run: 12 of 15. "Broke
    /// my wrist falling off a ladder in 2019" gave the bladder emergency stop (the short names of the warning signs
    /// forgave "ladder" as a typo of "bladder"), "had a cancer scare but all clear" the cancer stop, and "night one" at
    /// "which of these is it?" was asked again (only "the night one" was known). After the fixes: 15 of 15.
    /// </summary>
    public static TheoryData<JourneyPlace, string, Outcome, string?> SecondTable => new()
    {
        { JourneyPlace.Disclaimer, "k cool", Outcome.Next, null },
        { JourneyPlace.Disclaimer, "no worries", Outcome.Next, null },
        { JourneyPlace.SafetyCheck, "nah nothing like that mate", Outcome.Next, null },
        { JourneyPlace.SafetyCheck, "none of em", Outcome.Next, null },
        { JourneyPlace.SafetyCheck, "numb-ish around my privates", Outcome.Stop, "groin" },
        { JourneyPlace.SafetyCheck, "bit leaky when i sneeze since the baby", Outcome.StopOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "broke my wrist falling off a ladder in 2019", Outcome.NextOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "on and off at night but it eases if i move", Outcome.NextOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "had a cancer scare but all clear", Outcome.NextOrAskAgain, null },
        { JourneyPlace.WhichWarningSign, "night one", Outcome.Stop, "appointment" },
        { JourneyPlace.WhichWarningSign, "nah none sorry", Outcome.AskAgain, null },
        { JourneyPlace.Pain, "eh 2-3", Outcome.Next, null },
        { JourneyPlace.PainBelowKnee, "just to my bum", Outcome.NextOrAskAgain, null },
        { JourneyPlace.Floor, "nah dodgy knees", Outcome.Next, null },
        { JourneyPlace.Equipment, "got a band and a chair i think", Outcome.Next, null },
    };

    /// <summary>
    /// Tried on the running bot after both tables' fixes, as a returning person and first-timers. All but one passed the
    /// first time: "i had my appendix out 2 weeks ago" was asked again rather than read as a recent operation. They are
    /// kept because each is a reading a change to the word lists could easily break.
    /// </summary>
    public static TheoryData<JourneyPlace, string, Outcome, string?> FoundOnTheRunningBot => new()
    {
        { JourneyPlace.SafetyCheck, "nah, same as last time", Outcome.AskAgain, null },
        { JourneyPlace.SafetyCheck, "no, my wee is fine", Outcome.AskAgain, null },
        { JourneyPlace.SafetyCheck, "bit tingly in my feet sometimes", Outcome.StopOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "none, 6 weeks post c-section tho", Outcome.Stop, "surgeon" },
        { JourneyPlace.PainBelowKnee, "kinda, only on bad days", Outcome.NextOrAskAgain, null },
        { JourneyPlace.SafetyCheck, "i had my appendix out 2 weeks ago", Outcome.Stop, "surgeon" },
        { JourneyPlace.SafetyCheck, "had my appendix out years ago, otherwise none", Outcome.NextOrAskAgain, null },
    };

    [Theory]
    [MemberData(nameof(FirstTable))]
    [MemberData(nameof(SecondTable))]
    [MemberData(nameof(FoundOnTheRunningBot))]
    public async Task A_casual_answer_is_taken_asked_again_or_stops_as_a_physical_therapist_would(
        JourneyPlace place, string said, Outcome outcome, string? mustMention)
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, place);

        var replies = await chat.SayAsync(said);

        var stopped = replies.Mention(SafetyStop);
        var askedAgain = !stopped && QuestionAt(place).Any(replies.Mention);
        var verdict = outcome switch
        {
            Outcome.Next => !stopped && !askedAgain,
            Outcome.AskAgain => askedAgain && (mustMention is null || replies.Mention(mustMention)),
            Outcome.NextOrAskAgain => !stopped,
            Outcome.Stop => stopped && (mustMention is null || replies.Mention(mustMention)),
            Outcome.StopOrAskAgain => stopped || askedAgain,
            _ => false,
        };
        Assert.True(verdict, $"At {place}, \"{said}\" should be {outcome} but got: {replies}");
    }

    /// <summary>Words of each place's own question or its re-ask, to tell a question asked again from the next one.</summary>
    private static string[] QuestionAt(JourneyPlace place) => place switch
    {
        JourneyPlace.Disclaimer => ["accept"],
        JourneyPlace.SafetyCheck => ["apply", "Which of these"],
        JourneyPlace.WhichWarningSign => ["apply", "Which of these", "Which one"],
        JourneyPlace.Pain => [QuestionWords.PainQuestion],
        JourneyPlace.PainBelowKnee => [QuestionWords.BelowKneeQuestion],
        JourneyPlace.Experience => [QuestionWords.ExperienceQuestion, "Pick one"],
        JourneyPlace.Floor => [QuestionWords.FloorQuestion],
        JourneyPlace.Kneeling => [QuestionWords.KneelingQuestion],
        JourneyPlace.Equipment => [QuestionWords.EquipmentQuestion, "Tell me which"],
        JourneyPlace.Minutes => [QuestionWords.MinutesQuestion, "Pick 5"],
        JourneyPlace.Focus => [QuestionWords.FocusQuestion],
        _ => throw new ArgumentOutOfRangeException(nameof(place), place, "Not a question of the safety check or check-in."),
    };
}
