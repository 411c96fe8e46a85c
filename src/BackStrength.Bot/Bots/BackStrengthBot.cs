using System.Net;
using BackStrength.Bot.Conversation;
using BackStrength.Bot.Hosting;
using BackStrength.Bot.Reminders;
using BackStrength.Bot.State;
using BackStrength.Coaching.Safety;
using BackStrength.Understanding;
using Microsoft.Extensions.Options;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Bots;

/// <summary>
/// The channel-facing bot: welcomes people once per conversation, cleans up what Teams adds to a message, and
/// hands every message in a personal chat to the coaching conversation; Teams channels and group chats are
/// pointed to a personal chat instead (<see cref="SharedSpaces"/>). What only some clients send (pictures, edits,
/// invokes, card data in another shape) is answered here so the conversation only meets messages it can read.
/// State is saved once, after a turn that succeeded.
/// </summary>
public sealed class BackStrengthBot(
    ConversationState conversationState,
    UserState userState,
    ICoachingConversation conversation,
    ReminderReferences reminderReferences,
    ReminderStore reminders,
    SharedSpaces sharedSpaces,
    UnreadableAnswers unreadableAnswers,
    IntentRecognizer recognizer,
    SafetyScreen safetyScreen,
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
        CleanUp(turnContext.Activity);
        await AnswerAsync(turnContext, cancellationToken);
    }

    /// <summary>
    /// Teams lets people edit a message they sent, but the bot acted on the original and the conversation has moved on
    /// since; taking the new words as the answer to whatever is waiting now could record them against the wrong
    /// question. Ignored quietly, though, an edited pain score or answer would look accepted, so in a personal chat
    /// the person is told to send it again. A warning sign added in an edit is acted on like a new message.
    /// </summary>
    protected override async Task OnTeamsMessageEditAsync(ITurnContext<IMessageUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        CleanUp(turnContext.Activity);
        if (safetyScreen.ScanText(turnContext.Activity.Text ?? string.Empty).Count > 0)
        {
            await AnswerAsync(turnContext, cancellationToken);
        }
        else if (!SharedSpaces.IsShared(turnContext.Activity))
        {
            await unreadableAnswers.AnswerEditAsync(turnContext, cancellationToken);
        }
    }

    // Deleting or restoring a message, and reactions (a thumbs up on a card, say), are left unanswered: they are how
    // people tidy up or acknowledge, a reply to each would be noise, and the question they point at still waits.

    /// <summary>
    /// The bot listens to no event (Teams' meeting and read-receipt events, Web Chat's own): each is left
    /// unanswered. The SDK's Teams handler would read a meeting event's value first, and one of a shape it did not
    /// expect failed the turn, posting an apology into the chat and resetting the conversation.
    /// </summary>
    protected override Task OnEventActivityAsync(ITurnContext<IEventActivity> turnContext, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    /// <summary>
    /// The bot offers no invoke: its cards only use Action.Submit and its Teams app has no message extension, task
    /// module or sign-in. Every invoke is answered 501 straight away, before the SDK reads its value, because a value
    /// of an unexpected shape failed the turn there, which posted an apology into the chat and reset the conversation.
    /// </summary>
    protected override Task<InvokeResponse> OnInvokeActivityAsync(ITurnContext<IInvokeActivity> turnContext, CancellationToken cancellationToken) =>
        Task.FromResult(new InvokeResponse { Status = (int)HttpStatusCode.NotImplemented });

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
    {
        if (!IsUpgrade(turnContext.Activity))
        {
            await WelcomeOnceAsync(turnContext, cancellationToken);
        }
    }

    // Once someone removes the app from their personal chat Teams refuses the bot's messages there, so their
    // reminder could only fail at every occurrence from then on. Removing it from a team says nothing about the
    // reminders of whoever removed it.
    protected override async Task OnInstallationUpdateRemoveAsync(ITurnContext<IInstallationUpdateActivity> turnContext, CancellationToken cancellationToken)
    {
        if (!SharedSpaces.IsShared(turnContext.Activity) && !IsUpgrade(turnContext.Activity))
        {
            await reminders.RemoveAsync(ReminderStore.KeyOf(turnContext.Activity), cancellationToken);
        }
    }

    /// <summary>
    /// Teams replaces the old version of the app with "remove-upgrade" and "add-upgrade", which the SDK hands on as a
    /// removal and an installation: the person still has the app, so their reminder stays and they are not welcomed again.
    /// </summary>
    private static bool IsUpgrade(IInstallationUpdateActivity activity) =>
        activity.Action?.EndsWith("-upgrade", StringComparison.Ordinal) == true;

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

    /// <summary>What Teams adds to a message, and card data in another client's shape, taken out before it is read.</summary>
    private static void CleanUp(IMessageActivity message)
    {
        // In channels and group chats Teams puts "<at>BackStrength</at>" into the text; the coaching
        // conversation should only see what the person asked.
        message.RemoveRecipientMention();
        var typed = TeamsTypedText.Of(message);
        // A thumbs up is a yes to whatever question is waiting, wherever its answer is read.
        message.Text = typed.Length == 0 && message.Text is null ? null : IntentRecognizer.SpellOutEmoji(typed);
        if (message.Value is JObject submitted)
        {
            CardSubmitValues.Normalize(submitted);
        }
    }

    private async Task AnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var message = turnContext.Activity.AsMessageActivity() ?? turnContext.Activity.AsMessageUpdateActivity();
        if (SharedSpaces.IsShared(message))
        {
            await sharedSpaces.AnswerAsync(turnContext, cancellationToken);
            return;
        }

        if (message.Text?.Length > limits.Value.MaxMessageCharacters)
        {
            await turnContext.SendActivityAsync(texts.Value.TooLong, cancellationToken: cancellationToken);
            return;
        }

        await reminderReferences.RememberAsync(turnContext, await FlagsAsync(turnContext, cancellationToken), cancellationToken);
        if (UnreadableMessage.Of(message, recognizer) is not Unreadable.No and var unreadable)
        {
            await unreadableAnswers.AnswerAsync(turnContext, unreadable, cancellationToken);
            return;
        }

        await conversation.HandleMessageAsync(turnContext, cancellationToken);
    }

    private Task<ConversationFlags> FlagsAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        _flags.GetAsync(turnContext, () => new ConversationFlags(), cancellationToken);
}
