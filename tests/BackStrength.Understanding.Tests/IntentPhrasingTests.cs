namespace BackStrength.Understanding.Tests;

/// <summary>Many ways real people ask for each intent, with typos, casing, punctuation, emoji and extra words.</summary>
public class IntentPhrasingTests
{
    public static TheoryData<string> EasierPhrasings =>
    [
        "easier", "Too hard!!", "I can't do this one", "make it easier pls", "something gentler?",
        "can we tone it down a bit", "this is too much", "struggling tbh", "regress", "a simpler version please",
        "lighter please", "esier", "ths is way too difficult 😩", "I CANNOT DO THIS", "cant manage it",
        "can u make this one easier", "is there an easier version?", "honestly I'm struggling with this",
        "dial it back please", "too intense for me today",
    ];

    public static TheoryData<string> HarderPhrasings =>
    [
        "harder", "too easy", "make it harder", "more challenging please", "I want more", "level up!",
        "step it up", "progress", "harde", "TOO EASY 😎", "this is way too easy for me", "make it more difficult",
        "not challenging enough", "can you make this tougher?", "challenge me", "kick it up a notch",
        "i want a harder version pls", "that was a piece of cake, give me more",
    ];

    public static TheoryData<string> SwapPhrasings =>
    [
        "swap", "something else", "different exercise", "replace this", "can I do another one?",
        "I don't like this one", "skip to a different one", "Swap it out pls", "swp this exercise",
        "give me a different one", "can we switch exercises", "i dont like this", "another exercise please",
        "not a fan of this one, can I do something else", "change the exercise", "substitute this for something",
        "try another one", "I hate this one 😒",
    ];

    public static TheoryData<string> ShowPlanPhrasings =>
    [
        "plan", "my plan", "what's today's session", "what am I doing today", "show the session", "what's next",
        "todays workout", "plna", "Show me my plan please", "whats the plan for today?", "what is on today",
        "today's exercises", "my routine", "what are we doing today?", "show my workout", "session plan pls",
    ];

    public static TheoryData<string> PainPhrasings =>
    [
        "it hurts", "pain", "that hurt", "ouch", "my back hurts doing this", "sharp pain", "this is painful",
        "twinge", "OUCH!!!", "owww 😣", "felt a twinge in my lower back", "it's hurting", "my back is killing me",
        "i have pain in my leg", "hurts when i bend", "getting pins and needles", "my back is aching",
        "sharp pian", "that really hurt my back, pain is 7",
    ];

    public static TheoryData<string> HelpPhrasings =>
    [
        "help", "what can you do", "how does this work", "options", "commands", "?", "I'm lost", "HELP!!",
        "hepl", "help me please", "i dont understand", "what are my options?", "im confused", "what do i do now",
        "show me the commands", "how do I use this bot", "menu",
    ];

    public static TheoryData<string> StartOverPhrasings =>
    [
        "start over", "restart", "begin again", "from the top", "reset", "Start over please", "restrat",
        "can we start again?", "lets start from scratch", "I want to start over", "RESET!", "from the beginning",
        "start from the beginning please", "can i restart the session", "go back to the start", "do over",
    ];

    public static TheoryData<string> StopPhrasings =>
    [
        "stop", "cancel", "quit", "exit", "end", "that's enough", "I'm done for today", "end session", "finish",
        "STOP", "stpo", "please stop", "i need to stop now", "ok that's enough for today", "call it a day",
        "im done for the day thx", "cancel the session", "I have to go 🛑", "end the workout", "that's me done",
        "no more today", "no more for today thanks",
    ];

    public static TheoryData<string> ForgetMePhrasings =>
    [
        "forget me", "delete my data", "remove everything you know about me", "erase my info", "GDPR delete",
        "please forget me", "delete all my data", "can you delete my information?", "wipe my data pls",
        "I want you to forget everything about me", "delete my account", "remove my details", "erase me",
        "right to be forgotten", "clear my history", "forget about me",
    ];

    public static TheoryData<string> ShowLibraryPhrasings =>
    [
        "show exercises", "all exercises", "list exercises", "what exercises do you have", "exercise library",
        "show me all the exercises", "list of exercises pls", "exersises", "Which exercises are there?",
        "exercise list", "what exercises are available", "browse exercises", "show all exercises 🙏",
        "see the exercises", "library",
    ];

    [Theory]
    [MemberData(nameof(EasierPhrasings))]
    public void Asks_for_an_easier_exercise(string text) => AssertIntent(text, Intent.Easier);

    [Theory]
    [MemberData(nameof(HarderPhrasings))]
    public void Asks_for_a_harder_exercise(string text) => AssertIntent(text, Intent.Harder);

    [Theory]
    [MemberData(nameof(SwapPhrasings))]
    public void Asks_to_swap_the_exercise(string text) => AssertIntent(text, Intent.Swap);

    [Theory]
    [MemberData(nameof(ShowPlanPhrasings))]
    public void Asks_for_the_plan(string text) => AssertIntent(text, Intent.ShowPlan);

    [Theory]
    [MemberData(nameof(PainPhrasings))]
    public void Reports_pain(string text) => AssertIntent(text, Intent.Pain);

    [Theory]
    [MemberData(nameof(HelpPhrasings))]
    public void Asks_for_help(string text) => AssertIntent(text, Intent.Help);

    [Theory]
    [MemberData(nameof(StartOverPhrasings))]
    public void Asks_to_start_over(string text) => AssertIntent(text, Intent.StartOver);

    [Theory]
    [MemberData(nameof(StopPhrasings))]
    public void Asks_to_stop(string text) => AssertIntent(text, Intent.Stop);

    [Theory]
    [MemberData(nameof(ForgetMePhrasings))]
    public void Asks_to_be_forgotten(string text) => AssertIntent(text, Intent.ForgetMe);

    [Theory]
    [MemberData(nameof(ShowLibraryPhrasings))]
    public void Asks_for_the_exercise_library(string text) => AssertIntent(text, Intent.ShowLibrary);

    [Theory]
    [InlineData("what is this?")]
    [InlineData("wat is this")]
    [InlineData("is this medical advice?")]
    [InlineData("Are you a doctor?")]
    [InlineData("are you a real person")]
    [InlineData("who are you")]
    [InlineData("what is this bot for")]
    [InlineData("can you diagnose my back?")]
    public void Asks_what_the_bot_is(string text) => AssertIntent(text, Intent.About);

    [Theory]
    [InlineData("what data do you keep about me")]
    [InlineData("is my data shared with my employer?")]
    [InlineData("can my manager see my answers")]
    [InlineData("who can see this?")]
    [InlineData("do you store my pain scores")]
    [InlineData("is this confidential")]
    [InlineData("will HR know about my back")]
    [InlineData("what do you know about me?")]
    [InlineData("where is my data stored")]
    [InlineData("how long do you keep my info")]
    [InlineData("privacy?")]
    [InlineData("is this anonymous")]
    [InlineData("what do you keep?")]
    public void Asks_what_is_kept_and_who_sees_it(string text) => AssertIntent(text, Intent.Privacy);

    [Theory]
    [InlineData("I had back surgery 2 years ago, is that ok?")]
    [InlineData("had a discectomy last year")]
    [InlineData("I was operated on for a slipped disc in 2019")]
    public void Past_surgery_is_for_a_clinician_to_judge(string text) => AssertIntent(text, Intent.OutOfScope);

    [Theory]
    [InlineData("delete my data")]
    [InlineData("forget everything about me")]
    public void Asking_for_the_deletion_itself_is_forget_me_not_a_privacy_question(string text) => AssertIntent(text, Intent.ForgetMe);

    [Theory]
    [InlineData("what is this exercise?")]
    [InlineData("what is this one for")]
    [InlineData("how do I do this one")]
    [InlineData("how do i do it?")]
    [InlineData("what do I do here")]
    [InlineData("I don't know how to do this")]
    public void Asking_about_the_exercise_on_screen_is_a_lookup_naming_no_exercise(string text) =>
        Assert.Equal(new Recognition(Intent.ExerciseLookup, 0.97), ExerciseLibraryNames.Recognizer.Recognize(text) with { Number = null, Score = null });

    [Theory]
    [InlineData("done", Intent.Done)]
    [InlineData("finished that", Intent.Done)]
    [InlineData("completed ✅", Intent.Done)]
    [InlineData("did it!", Intent.Done)]
    [InlineData("next", Intent.Done)]
    [InlineData("next one please", Intent.Done)]
    [InlineData("skip", Intent.Skip)]
    [InlineData("skip this one", Intent.Skip)]
    [InlineData("pass", Intent.Skip)]
    [InlineData("not this one", Intent.Skip)]
    [InlineData("i'd rather not do this one", Intent.Skip)]
    [InlineData("start", Intent.Start)]
    [InlineData("let's go", Intent.Start)]
    [InlineData("begin", Intent.Start)]
    [InlineData("get started", Intent.Start)]
    [InlineData("start session", Intent.Start)]
    [InlineData("I'm ready", Intent.Start)]
    [InlineData("yes let's do it", Intent.Start)]
    [InlineData("my back went", Intent.Pain)]
    [InlineData("that doesn't feel right", Intent.Pain)]
    [InlineData("my knee is complaining", Intent.Pain)]
    [InlineData("my back's playing up again", Intent.Pain)]
    [InlineData("lol this is brutal", Intent.Easier)]
    [InlineData("im knackered", Intent.Tired)]
    [InlineData("whats left", Intent.ShowPlan)]
    [InlineData("how many more?", Intent.ShowPlan)]
    [InlineData("I want a stronger core after having a baby", Intent.Start)]
    [InlineData("I feel weak in general, want to get stronger", Intent.Start)]
    [InlineData("I want to strengthen my back", Intent.Start)]
    [InlineData("need to work on my posture", Intent.Start)]
    [InlineData("hi", Intent.Greeting)]
    [InlineData("Hello!", Intent.Greeting)]
    [InlineData("hey there 👋", Intent.Greeting)]
    [InlineData("good morning", Intent.Greeting)]
    [InlineData("thanks", Intent.Thanks)]
    [InlineData("thank you!", Intent.Thanks)]
    [InlineData("cheers", Intent.Thanks)]
    [InlineData("ty", Intent.Thanks)]
    [InlineData("remind me monday wednesday friday at 9", Intent.Reminder)]
    [InlineData("set a reminder", Intent.Reminder)]
    [InlineData("stop reminders", Intent.Reminder)]
    [InlineData("show my reminders", Intent.Reminder)]
    [InlineData("pause reminders", Intent.Reminder)]
    [InlineData("hold on, snooze my reminder", Intent.Reminder)]
    // Said as a negation, which otherwise cancelled "reminders" (before: Intent.None).
    [InlineData("no reminders on fridays", Intent.Reminder)]
    [InlineData("pls dont remind me on weds", Intent.Reminder)]
    [InlineData("no more reminders this week", Intent.Reminder)]
    // One day of the reminders dropped without naming them (before: Intent.None).
    [InlineData("drop the friday one", Intent.Reminder)]
    [InlineData("get rid of the monday one", Intent.Reminder)]
    [InlineData("can u scrap the wednesday ones", Intent.Reminder)]
    [InlineData("remind me what's next", Intent.ShowPlan)]
    [InlineData("pause", Intent.Pause)]
    [InlineData("pause, brb", Intent.Pause)]
    [InlineData("I understand", Intent.Acknowledge)]
    [InlineData("understood", Intent.Acknowledge)]
    [InlineData("undrestood", Intent.Acknowledge)]
    [InlineData("i understnad", Intent.Acknowledge)]
    [InlineData("ok", Intent.Acknowledge)]
    [InlineData("okay, got it", Intent.Acknowledge)]
    [InlineData("noted, will do", Intent.Acknowledge)]
    [InlineData("I'll get it checked", Intent.Acknowledge)]
    [InlineData("ok I'll see my GP", Intent.Acknowledge)]
    [InlineData("ok thanks", Intent.Thanks)]
    public void Recognises_the_smaller_intents(string text, Intent expected) => AssertIntent(text, expected);

    [Fact]
    public void A_pasted_essay_is_read_from_its_start()
    {
        var essay = "this is way too hard for me. " + string.Concat(Enumerable.Repeat("my day at the office was long ", 2000));

        AssertIntent(essay, Intent.Easier);
    }

    private static void AssertIntent(string text, Intent expected)
    {
        var recognition = ExerciseLibraryNames.Recognizer.Recognize(text);
        Assert.True(
            recognition.Intent == expected,
            $"\"{text}\" was read as {recognition.Intent} ({recognition.Confidence}), expected {expected}.");
        Assert.InRange(recognition.Confidence, IntentRecognizer.Threshold, 1.0);
    }
}
