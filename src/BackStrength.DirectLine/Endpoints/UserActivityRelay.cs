using BackStrength.DirectLine.Conversations;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>
/// Stamps user activities the way Azure's Direct Line does (channel, serviceUrl, from, recipient, ids,
/// timestamp), records them, and hands them to the bot.
/// </summary>
internal sealed class UserActivityRelay(
    IBotEndpoint bot,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<UserActivityRelay> logger)
{
    public const string ChannelId = "directline";

    /// <summary>Tells the bot the user and the bot joined, which is when it greets; shown to nobody.</summary>
    public async Task StartAsync(DirectLineConversation conversation, string serviceUrl, CancellationToken cancellationToken)
    {
        var joined = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            MembersAdded = [Bot, User(conversation)],
        };
        await bot.DeliverAsync(Stamp(joined, conversation, serviceUrl), cancellationToken);
    }

    /// <summary>Records the user's activity (the page needs the echo to mark it sent) and runs the bot's turn.</summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity activity, string serviceUrl, CancellationToken cancellationToken)
    {
        var id = conversation.Append(Stamp(activity, conversation, serviceUrl));
        logger.LogDebug("Activity {ActivityId} posted to conversation {ConversationId}", id, conversation.Id);
        await bot.DeliverAsync(ActivityJson.Clone(activity), cancellationToken);
        return id;
    }

    private Activity Stamp(Activity activity, DirectLineConversation conversation, string serviceUrl)
    {
        activity.ChannelId = ChannelId;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount(id: conversation.Id);
        activity.From = new ChannelAccount(conversation.UserId, activity.From?.Name, RoleTypes.User);
        activity.Recipient = Bot;
        activity.Timestamp = time.GetUtcNow();
        activity.LocalTimestamp ??= activity.Timestamp;
        return activity;
    }

    private ChannelAccount Bot => new(options.Value.BotId, options.Value.BotName, RoleTypes.Bot);

    private static ChannelAccount User(DirectLineConversation conversation) => new(conversation.UserId, role: RoleTypes.User);
}
