using BackStrength.Bot.State;
using BackStrength.Bot.Tests.Support;

namespace BackStrength.Bot.Tests;

/// <summary>
/// When the note's wording changes in substance (a higher <c>disclaimerVersion</c>), people who accepted the earlier
/// wording see it again, told it has been updated, and accept it before the safety check; nobody else is asked twice.
/// </summary>
public sealed class DisclaimerUpdateTests(BotHost host) : IClassFixture<BotHost>
{
    [Theory]
    [MemberData(nameof(Channel.Both), MemberType = typeof(Channel))]
    public async Task Someone_who_accepted_the_previous_wording_is_shown_the_updated_note_then_the_safety_check(string via)
    {
        var chat = Channel.Open(host, via);
        await Journey.TapToPlanAsync(chat);
        await StoredProfiles.AcceptedPreviousDisclaimerAsync(host, chat);

        var later = Channel.Reopen(chat);
        var note = (await later.SayAsync("start")).Single(CardKind.Disclaimer);

        Assert.Equal(Texts.Of(host).DisclaimerUpdated, note.Text);
        (await later.TapAsync(note, "I accept")).Single(CardKind.SafetyCheck);
        Assert.Equal(StoredProfiles.CurrentDisclaimerVersion(host), await StoredProfiles.AcceptedDisclaimerVersionAsync(host, later));
    }

    [Fact]
    public async Task Someone_who_accepted_the_current_wording_goes_straight_to_the_safety_check()
    {
        var chat = new SdkChat(host);
        var note = (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
        Assert.DoesNotContain(Texts.Of(host).DisclaimerUpdated, note.AllText, StringComparison.Ordinal);
        await chat.TapAsync(note, "I accept");

        Assert.Equal(StoredProfiles.CurrentDisclaimerVersion(host), await StoredProfiles.AcceptedDisclaimerVersionAsync(host, chat));
        var replies = await chat.NewConversation().SayAsync("start");
        Assert.False(replies.Has(CardKind.Disclaimer), $"The note came again though its wording has not changed: {replies}");
        replies.Single(CardKind.SafetyCheck);
    }

    [Fact]
    public async Task A_profile_saved_before_the_note_was_numbered_sees_the_updated_note_once()
    {
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);
        await StoredProfiles.EditAsync(host, chat, profile => profile.Remove(nameof(UserProfile.DisclaimerVersion)));

        var later = chat.NewConversation();
        var note = (await later.SayAsync("start")).Single(CardKind.Disclaimer);
        Assert.Equal(Texts.Of(host).DisclaimerUpdated, note.Text);
        await later.TapAsync(note, "I accept");

        (await later.NewConversation().SayAsync("start")).Single(CardKind.SafetyCheck);
    }

    [Fact]
    public async Task Declining_the_updated_note_keeps_the_safety_check_back_and_asks_again_next_time()
    {
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);
        await StoredProfiles.AcceptedPreviousDisclaimerAsync(host, chat);

        var later = chat.NewConversation();
        (await later.SayAsync("start")).Single(CardKind.Disclaimer);
        var declined = await later.SayAsync("no");

        Assert.Equal(Texts.Of(host).DisclaimerDeclined, Assert.Single(declined).Text);
        Assert.Equal(StoredProfiles.CurrentDisclaimerVersion(host) - 1, await StoredProfiles.AcceptedDisclaimerVersionAsync(host, later));
        Assert.Equal(Texts.Of(host).DisclaimerUpdated, (await later.SayAsync("start")).Single(CardKind.Disclaimer).Text);
    }

    [Fact]
    public async Task The_quick_check_left_waiting_from_before_the_change_cannot_skip_the_updated_note()
    {
        // A Teams personal chat is one conversation for good: yesterday's quick check is still waiting in it.
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);
        var later = chat.NewConversation();
        var safety = (await later.SayAsync("start")).Single(CardKind.SafetyCheck);
        var quick = (await later.TapAsync(safety, "Continue", new { redFlags = "none" })).Single(CardKind.QuickCheck);
        await StoredProfiles.AcceptedPreviousDisclaimerAsync(host, later);

        var replies = await later.TapAsync(quick, "Plan today's session", new { painNow = "2", minutes = "10" });

        Assert.False(replies.Has(CardKind.Plan), $"A plan came before the updated note: {replies}");
        var note = replies.Single(CardKind.Disclaimer);
        Assert.Equal(Texts.Of(host).DisclaimerUpdated, note.Text);
        (await later.TapAsync(note, "I accept")).Single(CardKind.SafetyCheck);
    }

    [Theory]
    [InlineData("start")]
    [InlineData("hi")]
    public async Task Coming_back_to_a_waiting_check_in_shows_the_updated_note_first(string greeting)
    {
        // The reminder's Start button says "start" the same way.
        var chat = new SdkChat(host);
        await Journey.TapToPlanAsync(chat);
        var later = chat.NewConversation();
        (await later.SayAsync("start")).Single(CardKind.SafetyCheck);
        await StoredProfiles.AcceptedPreviousDisclaimerAsync(host, later);

        var replies = await later.SayAsync(greeting);

        Assert.Equal(Texts.Of(host).DisclaimerUpdated, replies.Single(CardKind.Disclaimer).Text);
        Assert.False(replies.Has(CardKind.SafetyCheck), $"The safety check came before the updated note was accepted: {replies}");
    }

    [Fact]
    public async Task A_plan_left_waiting_from_before_the_change_cannot_start_without_the_updated_note()
    {
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);
        await StoredProfiles.AcceptedPreviousDisclaimerAsync(host, chat);

        var replies = await chat.TapAsync(plan, "Start");

        Assert.False(replies.Has(CardKind.SessionExercise), $"A session began before the updated note: {replies}");
        replies.Single(CardKind.Disclaimer);
    }

    [Fact]
    public async Task A_plan_card_tapped_with_nothing_waiting_starts_at_the_updated_note()
    {
        // A reminder brings a plan card with this Start button into a chat where nothing is waiting.
        var chat = new SdkChat(host);
        var plan = (await Journey.TapToPlanAsync(chat)).Single(CardKind.Plan);
        await chat.TapAsync(plan, "Start");
        await chat.SayAsync("stop");
        await StoredProfiles.AcceptedPreviousDisclaimerAsync(host, chat);

        var replies = await chat.TapAsync(plan, "Start");

        Assert.False(replies.Has(CardKind.SessionExercise), $"A session began before the updated note: {replies}");
        Assert.Equal(Texts.Of(host).DisclaimerUpdated, replies.Single(CardKind.Disclaimer).Text);
    }

    [Fact]
    public async Task A_note_card_shown_before_the_change_and_accepted_after_it_is_followed_by_the_updated_note()
    {
        var chat = new SdkChat(host);
        (await chat.SayAsync("start")).Single(CardKind.Disclaimer);
        await StoredConversations.EditAsync(host, chat, conversation =>
        {
            foreach (var shown in conversation.SelectTokens("$..shownVersion").ToList())
            {
                shown.Replace(StoredProfiles.CurrentDisclaimerVersion(host) - 1);
            }
        });

        var replies = await chat.SayAsync("I accept");

        Assert.False(replies.Has(CardKind.SafetyCheck), $"The safety check came before the updated note was accepted: {replies}");
        var note = replies.Single(CardKind.Disclaimer);
        Assert.Equal(Texts.Of(host).DisclaimerUpdated, note.Text);
        (await chat.TapAsync(note, "I accept")).Single(CardKind.SafetyCheck);
        Assert.Equal(StoredProfiles.CurrentDisclaimerVersion(host), await StoredProfiles.AcceptedDisclaimerVersionAsync(host, chat));
    }

    [Fact]
    public async Task A_session_under_way_is_not_interrupted_and_the_updated_note_comes_at_the_next_start()
    {
        var chat = new SdkChat(host);
        var exercise = await Journey.TapToSessionAsync(chat);
        await StoredProfiles.AcceptedPreviousDisclaimerAsync(host, chat);

        (await chat.TapAsync(exercise, "Done")).Single(CardKind.Feeling);
        await chat.SayAsync("stop");
        await chat.SayAsync("skip");

        Assert.Equal(Texts.Of(host).DisclaimerUpdated, (await chat.SayAsync("start")).Single(CardKind.Disclaimer).Text);
    }
}
