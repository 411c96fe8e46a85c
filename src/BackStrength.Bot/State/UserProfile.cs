using BackStrength.Coaching;
using BackStrength.Coaching.Progress;
using Newtonsoft.Json;

namespace BackStrength.Bot.State;

/// <summary>
/// What the bot remembers about a person across conversations (Bot Framework user state): ids and answers,
/// never rendered cards or copies of exercise text.
/// </summary>
public sealed class UserProfile
{
    /// <summary>How many past sessions are kept: enough for progression, small enough to stay a few KB.</summary>
    public const int HistoryLimit = 12;

    public DateTimeOffset? DisclaimerAcceptedOn { get; set; }

    /// <summary>The answers that rarely change; null until the first full assessment.</summary>
    public BaselineAnswers? Baseline { get; set; }

    [JsonProperty(ItemConverterType = typeof(CompactSessionRecordConverter))]
    public List<SessionRecord> History { get; set; } = [];

    public void AddToHistory(SessionRecord record)
    {
        History.Add(record);
        if (History.Count > HistoryLimit)
        {
            History.RemoveRange(0, History.Count - HistoryLimit);
        }
    }
}

/// <summary>The assessment answers that stay the same from day to day.</summary>
public sealed record BaselineAnswers(
    Experience Experience,
    bool CanGetToFloor,
    bool KneelingComfortable,
    Equipment Equipment,
    Focus? Focus,
    bool PainSpreadsBelowKnee)
{
    public Assessment WithToday(int painNow, int minutes) =>
        new(painNow, Experience, CanGetToFloor, KneelingComfortable, Equipment, minutes, Focus, PainSpreadsBelowKnee);

    public static BaselineAnswers From(Assessment assessment) =>
        new(assessment.Experience, assessment.CanGetToFloor, assessment.KneelingComfortable, assessment.Equipment,
            assessment.Focus, assessment.PainSpreadsBelowKnee);
}
