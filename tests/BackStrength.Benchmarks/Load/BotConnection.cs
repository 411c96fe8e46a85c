using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using Newtonsoft.Json.Linq;

namespace BackStrength.Benchmarks.Load;

/// <summary>
/// Posts activities to a bot's /api/messages over loopback HTTP the way a channel does, with
/// <c>deliveryMode: expectReplies</c> so the replies come back in the response body, and times each turn.
/// </summary>
public sealed class BotConnection(HttpClient http, Uri messagesEndpoint, string channelId)
{
    // expectReplies keeps replies in the HTTP response; a serviceUrl on the discard port makes any stray
    // outbound connector call fail at once (and show up as an error) instead of reaching anything.
    private const string UnusedServiceUrl = "http://127.0.0.1:9/";
    private const string BotAccountId = "backstrength-benchmark-bot";

    public async Task<TurnOutcome> SendAsync(Conversation conversation, ScriptedInput input, CancellationToken cancellationToken)
    {
        using var content = new StringContent(ActivityFor(conversation, input).ToString(Newtonsoft.Json.Formatting.None), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var clock = Stopwatch.StartNew();
        try
        {
            using var response = await http.PostAsync(messagesEndpoint, content, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var elapsed = clock.Elapsed;
            if (!response.IsSuccessStatusCode)
            {
                return TurnOutcome.Failed(elapsed, $"HTTP {(int)response.StatusCode}");
            }

            var reply = BotReply.Parse(body);
            return reply.ActivityCount == 0
                ? TurnOutcome.Failed(elapsed, "no reply")
                : TurnOutcome.Succeeded(elapsed, reply);
        }
        catch (Exception error) when (error is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return TurnOutcome.Failed(clock.Elapsed, error.GetType().Name);
        }
    }

    private JObject ActivityFor(Conversation conversation, ScriptedInput input)
    {
        var person = new JObject { ["id"] = conversation.UserId, ["name"] = conversation.UserId };
        var activity = new JObject
        {
            ["type"] = input.IsConversationStart ? "conversationUpdate" : "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = DateTimeOffset.UtcNow,
            ["channelId"] = channelId,
            ["serviceUrl"] = UnusedServiceUrl,
            ["from"] = person,
            ["recipient"] = new JObject { ["id"] = BotAccountId },
            ["conversation"] = new JObject { ["id"] = conversation.Id },
            ["locale"] = "en-US",
            ["deliveryMode"] = "expectReplies",
        };
        if (input.IsConversationStart)
        {
            activity["membersAdded"] = new JArray(person.DeepClone());
        }

        if (input.Text is not null)
        {
            activity["text"] = input.Text;
        }

        if (input.Value is not null)
        {
            activity["value"] = input.Value.DeepClone();
        }

        return activity;
    }
}

/// <summary>One person's chat with the bot: a new conversation id per session, the same user id throughout.</summary>
public sealed record Conversation(string UserId, string Id);

/// <summary>How one turn went: its latency, the replies, or why it counts as an error.</summary>
public sealed record TurnOutcome(TimeSpan Latency, BotReply Reply, string? Error)
{
    public bool Ok => Error is null;

    public static TurnOutcome Succeeded(TimeSpan latency, BotReply reply) => new(latency, reply, null);

    public static TurnOutcome Failed(TimeSpan latency, string error) => new(latency, BotReply.Empty, error);
}
