using BackStrength.Bot.Conversation;
using BackStrength.Bot.Hosting;
using BackStrength.Bot.Reminders;
using BackStrength.Bot.State;
using BackStrength.Understanding;
using Microsoft.Extensions.Options;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace BackStrength.Bot.Bots;

/// <summary>
/// The channel-facing bot: welcomes people once per conversation, cleans up what Teams adds to a message, and
/// hands every message in a personal chat to the coaching conversation; Teams channels and group chats are
/// pointed to a personal chat instead (<see cref="SharedSpaces"/>). State is saved once, after a turn that succeeded.
/// </summary>
public sealed class BackStrengthBot(
    ConversationState conversationState,
    UserState userState,
    ICoachingConversation conversation,
    ReminderReferences reminderReferences,
    ReminderStore reminders,
    SharedSpaces sharedSpaces,
    IOptions<ConversationTexts> texts,
    IOptions<MessagesEndpointOptions> limits) : TeamsActivityHandler
{
    private readonly IStatePropertyAccessor<ConversationFlags> _flags =
        conversationState.CreateProperty<ConversationFlags>(nameof(ConversationFlags));

    public override async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        await base.OnTurnAsync(turnContext, cancellationToken);
        if (PrivacyEraser.WasForgotten(turnContext))
        {
            return;
        }

        await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        await userState.SaveChangesAsync(turnContext, false, cancellationToken);
    }

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        // In channels and group chats Teams puts "<at>BackStrength</at>" into the text; the coaching
        // conversation should only see what the person asked.
        turnContext.Activity.RemoveRecipientMention();
        // A thumbs up is a yes to whatever question is waiting, wherever its answer is read.
        turnContext.Activity.Text = turnContext.Activity.Text is { } text ? IntentRecognizer.SpellOutEmoji(text) : null;
        if (SharedSpaces.IsShared(turnContext.Activity))
        {
            await sharedSpaces.AnswerAsync(turnContext, cancellationToken);
            return;
        }

        if (turnContext.Activity.Text?.Length > limits.Value.MaxMessageCharacters)
        {
            await turnContext.SendActivityAsync(texts.Value.TooLong, cancellationToken: cancellationToken);
            return;
        }

        await reminderReferences.RememberAsync(turnContext, await FlagsAsync(turnContext, cancellationToken), cancellationToken);
        await conversation.HandleMessageAsync(turnContext, cancellationToken);
    }

    protected override async Task OnMembersAddedAsync(IList<ChannelAccount> membersAdded, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        var botId = turnContext.Activity.Recipient?.Id;
        // In a shared space only the bot's own arrival is news: people joining a team later must not each set
        // off a post to the whole channel. In a personal chat the person's arrival is what deserves the welcome.
        var welcome = SharedSpaces.IsShared(turnContext.Activity)
            ? membersAdded.Any(member => member.Id == botId)
            : membersAdded.Any(member => member.Id != botId);
        if (welcome)
        {
            await WelcomeOnceAsync(turnContext, cancellationToken);
        }
    }

    // The SDK first looks up each new team member's profile with a call to Teams; the bot only compares ids, so
    // it skips those calls: a team gaining many members cost one call each, and a failed lookup failed the turn
    // and posted an apology to the channel.
    protected override Task OnTeamsMembersAddedDispatchAsync(IList<ChannelAccount> membersAdded, TeamInfo teamInfo, ITurnContext<IConversationUpdateActivity> turnContext, CancellationToken cancellationToken) =>
        OnMembersAddedAsync(membersAdded, turnContext, cancellationToken);

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => await WelcomeOnceAsync(turnContext, cancellationToken);

    // Once someone removes the app from their personal chat Teams refuses the bot's messages there, so their
    // reminder could only fail at every occurrence from then on. Removing it from a team says nothing about the
    // reminders of whoever removed it.
    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!SharedSpaces.IsShared(turnContext.Activity))
        {
            await reminders.RemoveAsync(ReminderStore.KeyOf(turnContext.Activity), cancellationToken);
        }
    }

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var flags = await FlagsAsync(turnContext, cancellationToken);
        if (flags.Welcomed)
        {
            return;
        }

        flags.Welcomed = true;
        if (SharedSpaces.IsShared(turnContext.Activity))
        {
            await sharedSpaces.IntroduceAsync(turnContext, cancellationToken);
        }
        else
        {
            await conversation.WelcomeAsync(turnContext, cancellationToken);
        }
    }

    private Task<ConversationFlags> FlagsAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _flags.GetAsync(turnContext, () => new ConversationFlags(), cancellationToken);
}
