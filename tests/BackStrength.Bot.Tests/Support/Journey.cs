using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests.Support;

/// <summary>The usual ways through the first steps, so each test can start where it has something to check.</summary>
public static class Journey
{
    /// <summary>Typed answers from "start" to the question of how much time there is, as a first-time user; returns that question.</summary>
    public static async Task<Replies> TypeToTimeQuestionAsync(Chat chat)
    {
        await chat.SayAsync("start");
        return await AnswerToTimeQuestionAsync(chat);
    }

    /// <summary>Typed answers from the note, shown by a first message, to the question of how much time there is; returns that question.</summary>
    public static async Task<Replies> AnswerToTimeQuestionAsync(Chat chat)
    {
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        await chat.SayAsync("3");
        await chat.SayAsync("no");
        await chat.SayAsync("some experience");
        await chat.SayAsync("yes");
        await chat.SayAsync("yes");
        return await chat.SayAsync("a chair");
    }

    /// <summary>Typed answers from "start" to the plan card, as a first-time user; returns the plan's replies.</summary>
    public static async Task<Replies> TypeToPlanAsync(Chat chat)
    {
        await TypeToTimeQuestionAsync(chat);
        await chat.SayAsync("20");
        var plan = await chat.SayAsync("lower back");
        plan.Single(CardKind.Plan);
        return plan;
    }

    /// <summary>Card taps from "start" to the plan card, as a first-time user; returns the plan's replies.</summary>
    public static Task<Replies> TapToPlanAsync(Chat chat) => TapToPlanAsync(chat, FullAnswers);

    /// <summary>Card taps from "start" to the plan card, filling in the assessment card with <paramref name="answers"/>.</summary>
    public static async Task<Replies> TapToPlanAsync(Chat chat, object answers)
    {
        var disclaimer = (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
        var safety = (await chat.TapAsync(disclaimer, "I accept")).Single(CardKind.SafetyCheck);
        var assessment = (await chat.TapAsync(safety, "Continue", new { redFlags = "none" })).Single(CardKind.Assessment);
        var plan = await chat.TapAsync(assessment, "Build my plan", answers);
        plan.Single(CardKind.Plan);
        return plan;
    }

    /// <summary>
    /// A person who planned once by card taps comes back in a new conversation, says "start" and "no" to the safety
    /// check, and is at the quick check; returns the new conversation.
    /// </summary>
    public static async Task<SdkChat> BackAtQuickCheckAsync(SdkChat chat)
    {
        await TapToPlanAsync(chat);
        var later = chat.NewConversation();
        await later.SayAsync("start");
        (await later.SayAsync("no")).Single(CardKind.QuickCheck);
        return later;
    }

    /// <summary>A first-time user's answers on the assessment card, as the card submits them.</summary>
    public static object FullAnswers => new
    {
        painNow = "3",
        painBelowKnee = "false",
        experience = "some",
        canGetToFloor = "true",
        kneelingComfortable = "true",
        equipment = "chair",
        minutes = "20",
        focus = "lowerBack",
    };

    /// <summary><see cref="FullAnswers"/> with the answers in <paramref name="changed"/> given otherwise (<c>new { painNow = "8" }</c>).</summary>
    public static JObject FullAnswersWith(object changed)
    {
        var answers = JObject.FromObject(FullAnswers);
        answers.Merge(JObject.FromObject(changed));
        return answers;
    }

    /// <summary>Card taps from "start" to the first exercise of a session, as a first-time user.</summary>
    public static async Task<Card> TapToSessionAsync(Chat chat)
    {
        var plan = (await TapToPlanAsync(chat)).Single(CardKind.Plan);
        return (await chat.TapAsync(plan, "Start")).Single(CardKind.SessionExercise);
    }

    /// <summary>Typed answers from "start" up to the question "does your pain spread below the knee?".</summary>
    public static async Task TypeToAssessmentQuestionAsync(Chat chat)
    {
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        Assert.True((await chat.SayAsync("3")).Mention("below the knee"));
    }
}
