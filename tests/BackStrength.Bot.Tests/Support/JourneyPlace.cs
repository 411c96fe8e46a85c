namespace BackStrength.Bot.Tests.Support;

/// <summary>Where in a first-time person's journey a held-out message is said, in the order the journey reaches them.</summary>
public enum JourneyPlace
{
    NothingYet,
    Disclaimer,
    SafetyCheck,
    Pain,
    PainBelowKnee,
    Experience,
    Floor,
    Kneeling,
    Equipment,
    Minutes,
    Focus,
    Plan,
    Exercise,
    Feeling,
    WhichWarningSign,
    PlanNewTime,

    /// <summary>"How is your back now?" after the last exercise of the session.</summary>
    PainAfter,

    /// <summary>The summary shown, in the same conversation.</summary>
    AfterSummary,

    /// <summary>The same person in a new conversation after a finished session, before saying "start".</summary>
    NextDay,
}

/// <summary>Bringing a first-time person to a <see cref="JourneyPlace"/> by typing, as they would.</summary>
public static class JourneyPlaces
{
    // The answers in journey order: the nth brings the person to the (n + 1)th place.
    private static readonly string[] TypedAnswers =
        ["start", "yes", "no", "3", "no", "some experience", "yes", "yes", "a chair", "20", "lower back", "start", "done"];

    public static async Task GoToAsync(Chat chat, JourneyPlace place)
    {
        switch (place)
        {
            case JourneyPlace.PlanNewTime:
                await GoToAsync(chat, JourneyPlace.Plan);
                Assert.True((await chat.SayAsync("shorter pls")).Mention(QuestionWords.MinutesQuestion));
                return;
            case JourneyPlace.WhichWarningSign:
                await chat.SayAsync("start");
                await chat.SayAsync("yes");
                Assert.True((await chat.SayAsync("yes")).Mention("Which of these"));
                return;
            case JourneyPlace.PainAfter:
                await GoToAsync(chat, JourneyPlace.Exercise);
                for (var exercises = 0; !(await FinishExerciseAsync(chat)).Mention("how is your back now"); exercises++)
                {
                    Assert.True(exercises < 20, "The session never ended.");
                }

                return;
            case JourneyPlace.AfterSummary:
                await GoToAsync(chat, JourneyPlace.PainAfter);
                (await chat.SayAsync("2")).Single(CardKind.Summary);
                return;
            case JourneyPlace.NextDay:
                throw new ArgumentException("The next day is a new conversation: go to AfterSummary, then use chat.NewConversation().", nameof(place));
        }

        foreach (var answer in TypedAnswers.Take((int)place))
        {
            await chat.SayAsync(answer);
        }
    }

    /// <summary>
    /// One row of a wording table: a new chat brought to <paramref name="place"/>, where <paramref name="said"/> must get a
    /// reply that mentions <paramref name="expected"/> and not <paramref name="notExpected"/>. The chat comes back for
    /// whatever the row says next; <paramref name="who"/> names the person in a failure, when the table has personas.
    /// </summary>
    public static async Task<SdkChat> SayAtAsync(BotHost host, JourneyPlace place, string said, string expected, string? notExpected, string? who = null)
    {
        var chat = new SdkChat(host);
        await GoToAsync(chat, place);

        var replies = await chat.SayAsync(said);

        var row = $"{(who is null ? "At" : $"{who} at")} {place}: \"{said}\" got: {replies}";
        Assert.True(replies.Mention(expected), row);
        Assert.False(notExpected is not null && replies.Mention(notExpected), row);
        return chat;
    }

    /// <summary>"Done" and "about right" for the exercise on screen; returns what comes next.</summary>
    public static async Task<Replies> FinishExerciseAsync(Chat chat)
    {
        (await chat.SayAsync("done")).Single(CardKind.Feeling);
        return await chat.SayAsync("about right");
    }
}

/// <summary>Words each step's question or card contains, to recognise it in a reply.</summary>
public static class QuestionWords
{
    public const string SafetyQuestion = "none";
    public const string PainQuestion = "from 0";
    public const string BelowKneeQuestion = "below the knee";
    public const string ExperienceQuestion = "used to exercise";
    public const string FloorQuestion = "get down to the floor";
    public const string KneelingQuestion = "kneeling comfortable";
    public const string EquipmentQuestion = "to hand";
    public const string MinutesQuestion = "How many minutes";
    public const string FocusQuestion = "focus on";
    public const string PlanCard = "Today's";
    public const string FirstExercise = "Exercise 1 of";
    public const string SecondExercise = "Exercise 2 of";

    /// <summary>The exercise's dose in a line ("Bird dog: 2 × 8 each side..."), not in its card again.</summary>
    public const string DoseInALine = "can't run a timer";
}
