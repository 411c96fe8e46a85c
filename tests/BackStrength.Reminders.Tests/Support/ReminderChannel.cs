using System.Collections.Concurrent;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace BackStrength.Reminders.Tests.Support;

/// <summary>
/// The chat channel the tests talk through: the SDK's <see cref="TestAdapter"/>, which also receives the
/// proactive reminders. It can be told to fail the next sends, as an unreachable channel would, or to let something
/// happen while a reminder is on its way.
/// </summary>
public sealed class ReminderChannel(string conversationId = "conversation-1") : TestAdapter(CreateConversation(conversationId, "user-1", "bot"))
{
    private readonly ConcurrentQueue<IActivity> _delivered = new();
    private readonly SemaphoreSlim _arrived = new(0);
    private int _failuresLeft;
    private int _attempts;
    private Func<Task>? _duringNextSend;

    /// <summary>Every send the bot attempted, including failed ones.</summary>
    public int Attempts => _attempts;

    public void FailNextSends(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    /// <summary>Runs once, during the next send: what the person does at the moment a reminder goes out.</summary>
    public void DuringNextSend(Func<Task> meanwhile) => Volatile.Write(ref _duringNextSend, meanwhile);

    /// <summary>Takes the messages delivered so far.</summary>
    public IReadOnlyList<IActivity> Take()
    {
        var taken = new List<IActivity>();
        while (_delivered.TryDequeue(out var activity))
        {
            taken.Add(activity);
        }

        return taken;
    }

    /// <summary>Waits (generously, for a busy machine) until at least <paramref name="count"/> messages are there, and takes them.</summary>
    public async Task<IReadOnlyList<IActivity>> WaitForAsync(int count)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (_delivered.Count < count)
        {
            await _arrived.WaitAsync(patience.Token);
        }

        return Take();
    }

    /// <summary>
    /// Runs a reminder's proactive turn to its end before its context is disposed. The SDK's base version disposes
    /// the context as soon as the pipeline first awaits something that is not finished yet, such as a storage read
    /// that had to wait, and the turn then fails reading its state. The host's CloudAdapter awaits the turn itself.
    /// </summary>
    public override async Task ContinueConversationAsync(string botId, ConversationReference reference, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        using var turnContext = new TurnContext(this, reference.GetContinuationActivity());
        await RunPipelineAsync(turnContext, callback, cancellationToken);
    }

    public override async Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _attempts);
        if (Interlocked.Exchange(ref _duringNextSend, null) is { } meanwhile)
        {
            await meanwhile();
        }

        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
        {
            throw new HttpRequestException("The channel is unreachable.");
        }

        Interlocked.Increment(ref _failuresLeft);
        var responses = await base.SendActivitiesAsync(turnContext, activities, cancellationToken);
        // The base adapter queues replies for GetNextReply; the tests read them from here instead.
        while (GetNextReply() is { } reply)
        {
            _delivered.Enqueue(reply);
            _arrived.Release();
        }

        return responses;
    }
}
