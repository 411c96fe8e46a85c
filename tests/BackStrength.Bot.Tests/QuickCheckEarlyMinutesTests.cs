using BackStrength.Bot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>
/// A returning person who says their time before the quick check ("only got 10 mins today, back's ok") finds it chosen
/// on the quick-check card already: the longest offered time that fits in it, as the typed questions plan it.
/// </summary>
/// <remarks>
/// <see cref="SaidEarly"/> was written and tried on the running bot before any change: 1 of 12 passed, and only because
/// the card's usual choice is 10 (every card came with 10 chosen, and "only got 10 mins today, back's ok" as the first
/// message was taken for a bare "ok" and got "I'm here whenever you need me"). After: 12 of 12.
/// </remarks>
public sealed class QuickCheckEarlyMinutesTests(BotHost host) : IClassFixture<BotHost>
{
    /// <summary>Whether the time comes in the first message or with the answer to the safety check, what is said, the time chosen.</summary>
    public static TheoryData<bool, string, string> SaidEarly => new()
    {
        { true, "only got 10 mins today, back's ok", "10" },
        { true, "just 5 min today", "5" },
        { true, "quick one today, 15 mins", "10" },
        { true, "I have half an hour", "30" },
        { true, "hi, can we do 20 minutes", "20" },
        { true, "45 mins today please", "30" },
        { true, "start, 5 minutes max", "5" },
        { false, "none, only got 5 minutes", "5" },
        { false, "no. 25 min today", "20" },
        { true, "hey 5 mins only pls", "5" },
        { true, "20 min sesh today", "20" },
        { false, "nope, half hour today", "30" },
    };

    [Theory]
    [MemberData(nameof(SaidEarly))]
    public async Task Minutes_said_before_the_quick_check_are_chosen_on_it(bool first, string said, string chosen)
    {
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);
        var later = chat.NewConversation();

        var opening = await later.SayAsync(first ? said : "start");
        Assert.True(opening.Has(CardKind.SafetyCheck), $"\"{said}\": the check-in did not start: {opening}");
        var card = (await later.SayAsync(first ? "no" : said)).Single(CardKind.QuickCheck);

        Assert.Equal(chosen, MinutesChosen(card));
        var plan = await later.TapAsync(card, "Plan today's session", new { painNow = "3", minutes = MinutesChosen(card) });
        plan.Single(CardKind.Plan);
    }

    [Fact]
    public async Task Without_a_time_said_the_quick_check_keeps_its_usual_choice()
    {
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);
        var later = chat.NewConversation();
        await later.SayAsync("start");

        Assert.Equal("10", MinutesChosen((await later.SayAsync("no")).Single(CardKind.QuickCheck)));
    }

    private static string? MinutesChosen(Card card) =>
        (string?)JObject.FromObject(card.Activity.AsMessageActivity().Attachments[0].Content)
            .SelectTokens("$..[?(@.id == 'minutes')].value").FirstOrDefault();
}
