using System.Globalization;
using System.Text.RegularExpressions;
using BackStrength.Bot.Tests.Support;
using BackStrength.Coaching.Safety;
using Microsoft.Extensions.DependencyInjection;

namespace BackStrength.Bot.Tests;

/// <summary>The plan card: start, make it easier, change the time, by tap or in words.</summary>
public sealed class PlanReviewTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [InlineData("change time")]
    [InlineData("can I change the time?")]
    public async Task Asking_to_change_the_time_asks_how_many_minutes_and_replans(string request)
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);
        Assert.True(Minutes(plan) > 5);

        Assert.True((await chat.SayAsync(request)).Mention(Texts.Of(host).AskNewMinutes), "The bot did not ask for the new time.");
        var shorter = (await chat.SayAsync("5")).Single(CardKind.Plan);

        Assert.Equal(5, Minutes(shorter));
    }

    [Fact]
    public async Task Naming_the_new_time_in_one_message_replans_straight_away()
    {
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);

        var shorter = (await chat.SayAsync("can we do 5 minutes instead")).Single(CardKind.Plan);

        Assert.Equal(5, Minutes(shorter));
    }

    [Theory]
    [InlineData("half an hour", "30")]
    [InlineData("half hour", "30")]
    [InlineData("an hour", "60")]
    [InlineData("1 hour", "60")]
    [InlineData("quarter of an hour", "15")]
    public async Task A_time_said_in_words_gives_the_same_plan_as_its_minutes(string inWords, string inMinutes)
    {
        var fromWords = await PlanForTimeAnswerAsync(inWords);
        var fromMinutes = await PlanForTimeAnswerAsync(inMinutes);

        Assert.Equal(Minutes(fromMinutes), Minutes(fromWords));
        Assert.Equal(fromMinutes.AllText, fromWords.AllText);
    }

    [Theory]
    [InlineData("15", "10")]
    [InlineData("quarter of an hour", "10")]
    [InlineData("25 mins", "20")]
    [InlineData("about 45 minutes", "30")]
    [InlineData("3", "5")]
    public async Task A_time_between_the_offered_lengths_gets_the_longest_plan_that_fits_in_it(string time, string offered)
    {
        var plan = await PlanForTimeAnswerAsync(time);

        Assert.Equal((await PlanForTimeAnswerAsync(offered)).AllText, plan.AllText);
        Assert.True(Minutes(plan) <= Math.Max(int.Parse(offered, CultureInfo.InvariantCulture), 5), $"A plan of {Minutes(plan)} minutes for \"{time}\".");
    }

    [Fact]
    public async Task Asking_for_half_an_hour_at_the_plan_replans_for_thirty_minutes()
    {
        var chat = new SdkChat(host);
        await TypeToPlanAsync(chat, "5");

        var longer = (await chat.SayAsync("can we do half an hour instead?")).Single(CardKind.Plan);

        Assert.Equal(Minutes(await PlanForTimeAnswerAsync("30")), Minutes(longer));
    }

    [Theory]
    [InlineData("8", "no")]
    [InlineData("3", "yes")]
    public async Task Severe_pain_or_pain_below_the_knee_gets_a_gentle_plan_with_the_matching_advice(string pain, string belowKnee)
    {
        var chat = new SdkChat(host);
        await chat.SayAsync("start");
        await chat.SayAsync("yes");
        await chat.SayAsync("no");
        await chat.SayAsync(pain);
        await chat.SayAsync(belowKnee);
        await chat.SayAsync("regularly");
        await chat.SayAsync("yes");
        await chat.SayAsync("yes");
        await chat.SayAsync("nothing");
        await chat.SayAsync("20");

        var plan = (await chat.SayAsync("core")).Single(CardKind.Plan);

        var safety = host.Services.GetRequiredService<SafetyContent>();
        var advice = belowKnee == "yes" ? safety.PainBelowKneeAdvice : safety.SeverePainAdvice;
        Assert.Contains("gentle", plan.Title, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(advice, plan.Lines);
    }

    [Theory]
    [InlineData("not today thanks")]
    [InlineData("nah not today")]
    [InlineData("no")]
    public async Task Turning_the_plan_down_ends_kindly_instead_of_asking_to_start_again(string answer)
    {
        var chat = new SdkChat(host);
        await Journey.TypeToPlanAsync(chat);
        var texts = Texts.Of(host);

        var replies = await chat.SayAsync(answer);

        Assert.Equal(texts.PlanDeclined, Assert.Single(replies).Text);
        Assert.Equal(texts.NoSessionToEnd, Assert.Single(await chat.SayAsync("stop")).Text);
    }

    [Fact]
    public async Task The_change_time_button_asks_how_many_minutes()
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);

        Assert.True((await chat.TapAsync(plan, "Change time")).Mention(Texts.Of(host).AskNewMinutes));
        (await chat.SayAsync("10")).Single(CardKind.Plan);
    }

    [Fact]
    public async Task The_easier_button_moves_the_plan_down_a_level_and_the_session_uses_it()
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);

        var easier = (await chat.TapAsync(plan, "Easier")).Single(CardKind.Plan);
        var first = (await chat.TapAsync(easier, "Start")).Single(CardKind.SessionExercise);

        Assert.Equal(Texts.Of(host).PlanMadeEasier, easier.Text);
        Assert.NotEqual(plan.AllText, easier.AllText);
        Assert.Contains(first.VariationName, easier.AllText, StringComparison.Ordinal);
    }

    private Task<Card> PlanForTimeAnswerAsync(string time) => TypeToPlanAsync(new SdkChat(host), time);

    /// <summary>The plan a first-time user gets when they answer the time question with <paramref name="time"/>.</summary>
    private async Task<Card> TypeToPlanAsync(SdkChat chat, string time)
    {
        Assert.True((await Journey.TypeToTimeQuestionAsync(chat)).Mention(Texts.Of(host).AskMinutes));
        Assert.True((await chat.SayAsync(time)).Mention(Texts.Of(host).AskFocus), $"\"{time}\" was not taken as the time.");
        return (await chat.SayAsync("lower back")).Single(CardKind.Plan);
    }

    /// <summary>The plan's total time as its card states it ("About 12 minutes").</summary>
    private static int Minutes(Card plan) =>
        int.Parse(Regex.Match(plan.FallbackText, @"About (\d+) minutes").Groups[1].Value, CultureInfo.InvariantCulture);
}
