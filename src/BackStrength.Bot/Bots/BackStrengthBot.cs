using BackStrength.Bot.Conversation;
using BackStrength.Bot.Hosting;
using BackStrength.Bot.Reminders;
using BackStrength.Bot.State;
using Microsoft.Extensions.Options;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Bots;

/// <summary>
/// The channel-facing bot: welcomes people once per conversation, cleans up what Teams adds to a message, and
/// hands every message to the coaching conversation. State is saved once, after a turn that succeeded.
/// </summary>
public sealed class BackStrengthBot(
    ConversationState conversationState,
    UserState userState,
    ICoachingConversation conversation,
    ReminderReferences reminderReferences,
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
        turnContext.Activity.Text = turnContext.Activity.Text?.Trim();
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
        if (membersAdded.Any(member => member.Id != botId))
        {
            await WelcomeOnceAsync(turnContext, cancellationToken);
        }
    }

    protected override async Task OnInstallationUpdateAddAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
        => await WelcomeOnceAsync(turnContext, cancellationToken);

    private async Task WelcomeOnceAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var flags = await FlagsAsync(turnContext, cancellationToken);
        if (flags.Welcomed)
        {
            return;
        }

        flags.Welcomed = true;
        await conversation.WelcomeAsync(turnContext, cancellationToken);
    }

    private Task<ConversationFlags> FlagsAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _flags.GetAsync(turnContext, () => new ConversationFlags(), cancellationToken);
}
