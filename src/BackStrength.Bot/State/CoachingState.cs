using BackStrength.Coaching;
using BackStrength.Coaching.Planning;
using BackStrength.Coaching.Progress;
using Newtonsoft.Json;

namespace BackStrength.Bot.State;

/// <summary>
/// Today's coaching in this conversation (Bot Framework conversation state): the assessment, the plan, how far
/// the session has got, and which exercise is on screen. The dialog stack is stored beside it.
/// </summary>
public sealed class CoachingState
{
    public Assessment? Assessment { get; set; }

    [JsonConverter(typeof(CompactPlanConverter))]
    public SessionPlan? Plan { get; set; }

    public SessionProgress? Session { get; set; }

    /// <summary>The variation whose card was shown last, which "easier", "harder" and "swap" act on.</summary>
    public string? CurrentVariationId { get; set; }

    /// <summary>Today's session ran to its summary: the plan is done, not still to do.</summary>
    public bool PlanDone { get; set; }

    /// <summary>The bot's last reply, when the next message may answer it rather than ask for something of its own.</summary>
    [JsonProperty(DefaultValueHandling = DefaultValueHandling.Ignore)]
    public AnswerableReply LastReply { get; set; }

    // Derived values are not stored: they would be read and written with every message for nothing.
    [JsonIgnore]
    public bool InSession => Session is not null && Plan is not null;

    /// <summary>A session is under way and one of its exercises is on screen (not yet at the wrap-up).</summary>
    [JsonIgnore]
    public bool HasCurrentExercise => InSession && Session!.Index < Plan!.Items.Count;

    /// <summary>The exercise on screen, in its current variation, was stopped because it hurt.</summary>
    [JsonIgnore]
    public bool CurrentExerciseStoppedForPain =>
        HasCurrentExercise && Session!.Steps is [.., { Feeling: Feeling.StoppedForPain } last]
        && last.VariationId == Plan!.Items[Session.Index].VariationId;
}

/// <summary>A reply of the bot's that the next message may be answering, though it names nothing.</summary>
public enum AnswerableReply
{
    None,

    /// <summary>The safety stop: "I understand" or "thanks" answers it.</summary>
    SafetyStop,

    /// <summary>A reminder was set, shown or changed: "actually make it 11" or "turn them back on" changes it.</summary>
    Reminder,

    /// <summary>The welcome, which offers to start: "ok" or "sure" takes the offer.</summary>
    Welcome,

    /// <summary>The reminder card, asking for days and a time: its own day names typed ("monday and friday at 9") answer it.</summary>
    ReminderCard,
}

/// <summary>A guided session under way: where it is and what has happened so far.</summary>
public sealed class SessionProgress
{
    public int Index { get; set; }

    public int PainBefore { get; set; }

    public DateTimeOffset StartedOn { get; set; }

    /// <summary>"How did that feel?" is waiting, so "too easy" is an answer, not a request for a harder version.</summary>
    public bool AwaitingFeeling { get; set; }

    public List<SessionStep> Steps { get; set; } = [];

    /// <summary>The change offered for "can I do this sitting?", which a "yes" next takes; any other message drops it.</summary>
    public PositionOffer? PositionOffer { get; set; }

    /// <summary>Whether any exercise was tried (done, or stopped because it hurt) rather than only skipped.</summary>
    [JsonIgnore]
    public bool AnyExerciseTried => Steps.Exists(step => step.Feeling != Feeling.Skipped);
}

/// <summary>
/// A version of the exercise on screen (<paramref name="VariationId"/>), or another exercise when null, offered because the
/// person asked to do it another way; <paramref name="Limit"/> is what they cannot do, kept in today's answers once taken.
/// </summary>
public sealed record PositionOffer(string? VariationId, PositionLimit Limit);

/// <summary>Positions the person says are out today, as the assessment records them.</summary>
[Flags]
public enum PositionLimit
{
    None = 0,
    OffFloor = 1,
    NoKneeling = 2,
}

/// <summary>One exercise of the session as it went: which variation, and how it felt (or that it was skipped).</summary>
public sealed record SessionStep(string ExerciseId, string VariationId, Feeling Feeling);
