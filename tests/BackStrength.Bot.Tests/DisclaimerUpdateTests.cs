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
    public async Task A_session_under_way_is_not_interrupted_and_the_updated_note_comes_at_the_next_start()
    {
        var chat = new SdkChat(host);
        var exercise = await Journey.TapToSessionAsync(chat);
        await StoredProfiles.AcceptedPreviousDisclaimerAsync(host, chat);

        (await chat.TapAsync(exercise, "Done")).Single(CardKind.Feeling);
        await chat.SayAsync("stop");

        Assert.Equal(Texts.Of(host).DisclaimerUpdated, (await chat.SayAsync("start")).Single(CardKind.Disclaimer).Text);
    }
}
