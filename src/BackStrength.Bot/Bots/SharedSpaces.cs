using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Coaching.Safety;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Bots;

/// <summary>
/// Teams channels and group chats are shared: everyone in them reads every reply. Coaching asks about pain and
/// red-flag symptoms and keeps one person's answers per conversation, so in a shared space the bot only says
/// what it is and links each person to a personal chat with it, where the coaching happens.
/// </summary>
public sealed class SharedSpaces(SafetyScreen safetyScreen, CardViews cards, IOptions<SharedSpaceTexts> texts)
{
    // Opens (or creates) the person's one-to-one chat with the bot; Teams bot ids are "28:<app id>".
    private const string PersonalChatLink = "https://teams.microsoft.com/l/chat/0/0?users=";

    public static bool IsShared(IActivity activity) =>
        activity.Conversation is { } conversation
        && (conversation.IsGroup == true || conversation.ConversationType is "channel" or "groupChat");

    /// <summary>Said once, when the bot is added to a team or a group chat.</summary>
    public Task IntroduceAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        SayWithLinkAsync(turnContext, texts.Value.Introduction, cancellationToken);

    /// <summary>The answer to any message or card tap in a shared space.</summary>
    public async Task AnswerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        // Whoever describes a red-flag symptom is told to get medical help now, wherever they wrote it.
        var redFlags = safetyScreen.ScanText(turnContext.Activity.Text ?? string.Empty);
        if (redFlags.Count > 0)
        {
            await turnContext.SendActivityAsync(cards.SafetyStop(redFlags), cancellationToken);
        }

        await SayWithLinkAsync(turnContext, texts.Value.PersonalChatInvite, cancellationToken);
    }

    private static async Task SayWithLinkAsync(ITurnContext turnContext, string text, CancellationToken cancellationToken)
    {
        var link = PersonalChatLink + Uri.EscapeDataString(turnContext.Activity.Recipient.Id);
        await turnContext.SendActivityAsync(MessageFactory.Text(string.Format(CultureInfo.InvariantCulture, text, link)), cancellationToken);
    }
}

/// <summary>What the bot says in Teams channels and group chats, bound from Content/sharedSpaces.json.</summary>
public sealed class SharedSpaceTexts
{
    public const string Section = "SharedSpaces";

    /// <summary>The bot's introduction to a team or group chat; {0} is the link to a personal chat.</summary>
    public string Introduction { get; set; } = string.Empty;

    /// <summary>The reply to a message in a shared space; {0} is the link to a personal chat.</summary>
    public string PersonalChatInvite { get; set; } = string.Empty;

    /// <summary>Whether both texts have a place for the link, without which they would send nobody anywhere.</summary>
    public static bool HaveLinks(SharedSpaceTexts texts) =>
        texts.Introduction.Contains("{0}", StringComparison.Ordinal) && texts.PersonalChatInvite.Contains("{0}", StringComparison.Ordinal);
}
