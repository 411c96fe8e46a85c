using System.Globalization;
using System.Threading.Channels;
using Microsoft.Bot.Schema;

namespace BackStrength.DirectLine.Conversations;

/// <summary>
/// One conversation's recent activities, numbered by watermark, and the open streams waiting for new ones.
/// Every activity, from the user or the bot, gets the next watermark and an id derived from it.
/// </summary>
public sealed class DirectLineConversation
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(long Watermark, Activity Activity)> _history = new();
    private readonly List<Channel<ActivitySet>> _streams = [];
    private readonly int _maxHistory;
    private readonly TimeProvider _time;
    private long _lastWatermark;
    private int _started;

    public DirectLineConversation(string id, string userId, int maxHistory, TimeProvider time)
    {
        Id = id;
        UserId = userId;
        _maxHistory = maxHistory;
        _time = time;
        LastUsed = time.GetUtcNow();
    }

    public string Id { get; }

    public string UserId { get; }

    public DateTimeOffset LastUsed { get; private set; }

    /// <summary>Whether an open page still listens, which keeps the conversation alive for proactive messages.</summary>
    public bool HasOpenStreams
    {
        get
        {
            lock (_gate)
            {
                return _streams.Count > 0;
            }
        }
    }

    /// <summary>True exactly once: for whoever should announce the conversation to the bot.</summary>
    public bool TryMarkStarted() => Interlocked.Exchange(ref _started, 1) == 0;

    /// <summary>Stores the activity with a new id and watermark, and pushes it to every open stream.</summary>
    public string Append(Activity activity)
    {
        lock (_gate)
        {
            var watermark = ++_lastWatermark;
            activity.Id = $"{Id}|{watermark.ToString("D7", CultureInfo.InvariantCulture)}";
            Store(watermark, activity);
            return activity.Id;
        }
    }

    /// <summary>Replaces an activity the bot updated; the new version moves to the end so clients see it again.</summary>
    public bool Replace(string activityId, Activity activity)
    {
        lock (_gate)
        {
            if (!Remove(activityId))
            {
                return false;
            }

            activity.Id = activityId;
            Store(++_lastWatermark, activity);
            return true;
        }
    }

    public bool Delete(string activityId)
    {
        lock (_gate)
        {
            Touch();
            return Remove(activityId);
        }
    }

    /// <summary>Activities after the watermark (all retained ones when it is empty or unknown).</summary>
    public ActivitySet ActivitiesAfter(string? watermark)
    {
        lock (_gate)
        {
            Touch();
            return Since(ParseWatermark(watermark));
        }
    }

    /// <summary>
    /// Opens a stream that first yields what came after the watermark, then every new activity. Taken under the
    /// same lock as <see cref="Append"/> so nothing falls between the backlog and the live feed.
    /// </summary>
    public ChannelReader<ActivitySet> OpenStream(string? watermark)
    {
        var channel = Channel.CreateUnbounded<ActivitySet>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            Touch();
            var backlog = Since(ParseWatermark(watermark));
            if (backlog.Activities.Count > 0)
            {
                channel.Writer.TryWrite(backlog);
            }

            _streams.Add(channel);
        }

        return channel.Reader;
    }

    public void CloseStream(ChannelReader<ActivitySet> stream)
    {
        lock (_gate)
        {
            Touch();
            _streams.RemoveAll(channel => channel.Reader == stream && channel.Writer.TryComplete());
        }
    }

    /// <summary>Ends every open stream, e.g. when the conversation is forgotten.</summary>
    public void CloseAllStreams()
    {
        lock (_gate)
        {
            _streams.ForEach(channel => channel.Writer.TryComplete());
            _streams.Clear();
        }
    }

    private void Store(long watermark, Activity activity)
    {
        Touch();
        _history.AddLast((watermark, activity));
        while (_history.Count > _maxHistory)
        {
            _history.RemoveFirst();
        }

        var update = new ActivitySet([activity], watermark.ToString(CultureInfo.InvariantCulture));
        foreach (var stream in _streams)
        {
            stream.Writer.TryWrite(update);
        }
    }

    private bool Remove(string activityId)
    {
        for (var node = _history.First; node is not null; node = node.Next)
        {
            if (node.Value.Activity.Id == activityId)
            {
                _history.Remove(node);
                return true;
            }
        }

        return false;
    }

    private ActivitySet Since(long watermark)
        => new(
            _history.Where(entry => entry.Watermark > watermark).Select(entry => entry.Activity).ToList(),
            _lastWatermark.ToString(CultureInfo.InvariantCulture));

    private void Touch() => LastUsed = _time.GetUtcNow();

    private static long ParseWatermark(string? watermark)
        => long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
