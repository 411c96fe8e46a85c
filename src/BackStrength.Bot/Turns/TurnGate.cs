using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Turns;

/// <summary>
/// One turn at a time per conversation, across every instance sharing the store, and each activity only once.
/// A redelivered activity (same id, already handled or being handled) is dropped without replies; a message
/// arriving while another turn holds the conversation waits briefly, then gets a polite "one moment".
/// Where the claims live depends on the store: see <see cref="StoredTurnClaims"/> and <see cref="InProcessTurnClaims"/>.
/// </summary>
public sealed class TurnGate(ITurnClaims claims, IOptions<TurnGateOptions> options, ILogger<TurnGate> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Message || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await next(cancellationToken);
            return;
        }

        var claim = await claims.ClaimAsync($"{activity.ChannelId}/conversations/{activity.Conversation.Id}", activity.Id, cancellationToken);
        switch (claim.Outcome)
        {
            case ClaimOutcome.AlreadyHandled:
                logger.LogInformation("Dropped a redelivered activity in conversation {ConversationId}", activity.Conversation.Id);
                return;
            case ClaimOutcome.Busy:
                await turnContext.SendActivityAsync(options.Value.BusyMessage, cancellationToken: cancellationToken);
                return;
        }

        var handled = false;
        try
        {
            await next(cancellationToken);
            handled = true;
        }
        finally
        {
            await claim.ReleaseAsync(handled);
        }
    }
}

/// <summary>Settings of <see cref="TurnGate"/>, section "TurnGate".</summary>
public sealed class TurnGateOptions
{
    public const string Section = "TurnGate";

    /// <summary>How long a claim lasts if its turn never finishes (its instance died, or it hangs).</summary>
    public TimeSpan HoldFor { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a second message of the same conversation waits for the first to finish.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a conversation may be quiet before the in-process claims forget it (Memory store).</summary>
    public TimeSpan ForgetIdleAfter { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often a waiting turn looks at a shared store's claim again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// How many handled activity ids are remembered to recognise a redelivery. Channels redeliver within seconds,
    /// so a few suffice; in a shared store each one is read and written with every message.
    /// </summary>
    public int HandledActivityIdsKept { get; set; } = 10;

    /// <summary>What a person is told when their message could not get a turn (Content/conversation.json).</summary>
    public string BusyMessage { get; set; } = string.Empty;
}
