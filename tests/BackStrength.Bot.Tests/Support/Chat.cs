using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests.Support;

/// <summary>
/// One person chatting with the bot in one conversation. Every message must get at least one reply (never
/// silence) and at most three (a person should not be flooded), anywhere in the journey.
/// </summary>
public abstract class Chat
{
    public const int MaxRepliesPerMessage = 3;

    protected Chat(string userId, string userName, string conversationId)
    {
        UserId = userId;
        UserName = userName;
        ConversationId = conversationId;
    }

    public string UserId { get; }

    public string UserName { get; }

    public string ConversationId { get; }

    public abstract string ChannelId { get; }

    /// <summary>The person opens the chat: the channel says they (and the bot) joined the conversation.</summary>
    public Task<Replies> JoinAsync() => MembersAddedAsync(includeUser: true);

    /// <summary>The channel says only the bot joined (as Teams and Direct Line do first).</summary>
    public Task<Replies> BotJoinsAsync() => MembersAddedAsync(includeUser: false);

    public async Task<Replies> SayAsync(string text)
    {
        var replies = await ExchangeAsync(new Activity(ActivityTypes.Message) { Text = text });
        return Checked(replies, $"\"{text}\"");
    }

    /// <summary>
    /// Taps a button on a card the bot sent, sending exactly the data the button carries plus the card's input
    /// values (as strings, the way Adaptive Card hosts submit them).
    /// </summary>
    public async Task<Replies> TapAsync(Card card, string buttonTitle, object? inputs = null)
    {
        var data = (JObject)card.Button(buttonTitle).Data.DeepClone();
        if (inputs is not null)
        {
            foreach (var input in JObject.FromObject(inputs).Properties())
            {
                data[input.Name] = input.Value.ToString();
            }
        }

        var replies = await ExchangeAsync(Submit(data));
        return Checked(replies, $"a tap on \"{buttonTitle}\"");
    }

    /// <summary>A card submit as this chat's channel sends it.</summary>
    protected abstract Activity Submit(JObject data);

    protected abstract Task<IReadOnlyList<IActivity>> ExchangeAsync(Activity activity);

    private async Task<Replies> MembersAddedAsync(bool includeUser)
    {
        var update = new Activity(ActivityTypes.ConversationUpdate)
        {
            MembersAdded = includeUser ? [Bot, new ChannelAccount(UserId, UserName)] : [Bot],
        };
        var replies = new Replies(await ExchangeAsync(update));
        Assert.True(replies.Count <= MaxRepliesPerMessage, $"The bot sent {replies.Count} messages on joining: {replies}");
        return replies;
    }

    protected static ChannelAccount Bot => new("backstrength-bot", "BackStrength", RoleTypes.Bot);

    private static Replies Checked(IReadOnlyList<IActivity> activities, string what)
    {
        var replies = new Replies(activities);
        Assert.True(replies.Count >= 1, $"The bot said nothing in reply to {what}.");
        Assert.True(replies.Count <= MaxRepliesPerMessage, $"The bot sent {replies.Count} messages in reply to {what}: {replies}");
        return replies;
    }
}

/// <summary>The messages the bot sent in one turn (typing indicators and other non-messages left out).</summary>
public sealed class Replies : List<Card>
{
    public Replies(IEnumerable<IActivity> activities)
    {
        foreach (var activity in activities)
        {
            if (activity.Type == ActivityTypes.Message)
            {
                Add(new Card(activity));
            }

            EndedConversation |= activity.Type == ActivityTypes.EndOfConversation;
        }
    }

    /// <summary>Whether the bot also ended the conversation (an endOfConversation activity).</summary>
    public bool EndedConversation { get; }

    public Card Last => Count > 0 ? this[^1] : throw new Xunit.Sdk.XunitException("The bot sent nothing.");

    /// <summary>The one card of this kind among the replies; fails with the transcript when there is not exactly one.</summary>
    public Card Single(CardKind kind)
    {
        var found = this.Where(card => card.Kind == kind).ToList();
        return found.Count == 1 ? found[0] : throw new Xunit.Sdk.XunitException($"Expected one {kind} card, got {found.Count}: {this}");
    }

    public bool Has(CardKind kind) => this.Any(card => card.Kind == kind);

    /// <summary>Whether any reply says <paramref name="text"/>, in its text or on its card.</summary>
    public bool Mention(string text) => this.Any(card => card.AllText.Contains(text, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => Count == 0 ? "(nothing)" : string.Join(" | ", this);
}
