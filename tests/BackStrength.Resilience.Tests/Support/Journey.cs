using BackStrength.Bot.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackStrength.Resilience.Tests.Support;

/// <summary>The ordinary way into a session, step by step, checking each step landed where a person expects.</summary>
public static class Journey
{
    /// <summary>The assessment card as Web Chat submits it: every input value as a string.</summary>
    public static readonly object Assessment = new
    {
        action = "submitAssessment",
        painNow = "3",
        experience = "some",
        canGetToFloor = "true",
        kneelingComfortable = "true",
        equipment = "band,door",
        minutes = "10",
        focus = "",
        painBelowKnee = "false",
    };

    public static readonly object AboutRight = new { action = "feeling", feeling = "aboutRight" };

    public static async Task<Replies> ToAssessmentAsync(TestChat chat)
    {
        Assert.Contains("acceptDisclaimer", (await chat.SayAsync("start")).Actions);
        Assert.Contains("submitSafetyCheck", (await chat.SayAsync("yes")).Actions);
        var assessment = await chat.SayAsync("no");
        Assert.Contains("submitAssessment", assessment.Actions);
        return assessment;
    }

    public static async Task<Replies> ToPlanAsync(TestChat chat)
    {
        await ToAssessmentAsync(chat);
        var plan = await chat.SubmitAsync(Assessment);
        Assert.Contains("startSession", plan.Actions);
        return plan;
    }

    /// <summary>Into the guided session: the first exercise card is on screen.</summary>
    public static async Task<Replies> ToFirstExerciseAsync(TestChat chat)
    {
        await ToPlanAsync(chat);
        var first = await chat.SubmitAsync(new { action = "startSession" });
        AssertShowsExercise(first, 1);
        return first;
    }

    /// <summary>"done" then "about right": the next exercise's card.</summary>
    public static async Task<Replies> FinishExerciseAsync(TestChat chat, int nextNumber)
    {
        Assert.Contains("feeling", (await chat.SayAsync("done")).Actions);
        var next = await chat.SubmitAsync(AboutRight);
        AssertShowsExercise(next, nextNumber);
        return next;
    }

    /// <summary>Does a session, stops it with a pain score, checks it was stored, then asks to be forgotten and confirms.</summary>
    public static async Task ForgetAfterASessionAsync(TestChat chat, IStorage store)
    {
        await Journey.ToFirstExerciseAsync(chat);
        await Journey.FinishExerciseAsync(chat, nextNumber: 2);
        await chat.SayAsync("stop");
        await chat.SayAsync("2");
        Assert.True(await SavedState.HistoryCountAsync(store, chat) > 0, "The session was not stored, so forgetting it proves nothing.");

        Assert.Contains("forgetMeConfirm", (await chat.SayAsync("forget me")).Actions);
        await chat.SubmitAsync(new { action = "forgetMeConfirm" });
    }

    public static void AssertShowsExercise(Replies replies, int number)
    {
        Assert.Contains("done", replies.Actions);
        Assert.True(replies.Says($"Exercise {number} of "), $"Expected exercise {number}, got: {replies}");
    }

    public static ConversationTexts Texts(IServiceProvider services) =>
        services.GetRequiredService<IOptions<ConversationTexts>>().Value;
}
