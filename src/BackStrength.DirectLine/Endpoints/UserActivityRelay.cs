using BackStrength.DirectLine.Conversations;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackStrength.DirectLine.Endpoints;

/// <summary>
/// Stamps user activities the way Azure's Direct Line does (channel, serviceUrl, from, recipient, ids,
/// timestamp), records them, and hands them to the bot. Once recorded, an activity's turn runs to its end even if
/// the page stops waiting (Web Chat gives up on a post after 20 s): like Azure's channel, the page's patience does
/// not cancel the bot, and a turn cut off half-way would leave the person without an answer.
/// </summary>
internal sealed class UserActivityRelay(
    IBotEndpoint bot,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<UserActivityRelay> logger)
{
    public const string ChannelId = "directline";

    /// <summary>Tells the bot the user and the bot joined, which is when it greets; shown to nobody.</summary>
    public async Task StartAsync(DirectLineConversation conversation, string serviceUrl)
    {
        var joined = new Activity(ActivityTypes.ConversationUpdate)
        {
            Id = Guid.NewGuid().ToString("N"),
            MembersAdded = [Bot, User(conversation)],
        };
        await bot.DeliverAsync(Stamp(joined, conversation, serviceUrl), lifetime.ApplicationStopping);
    }

    /// <summary>Records the user's activity (the page needs the echo to mark it sent) and runs the bot's turn.</summary>
    public async Task<string> PostAsync(DirectLineConversation conversation, Activity activity, string serviceUrl)
    {
        var id = conversation.Append(Stamp(activity, conversation, serviceUrl));
        logger.LogDebug("Activity {ActivityId} posted to conversation {ConversationId}", id, conversation.Id);
        await bot.DeliverAsync(ActivityJson.Clone(activity), lifetime.ApplicationStopping);
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
