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

    /// <summary>
    /// The <c>disclaimerVersion</c> of the note accepted on <see cref="DisclaimerAcceptedOn"/>. Profiles saved before
    /// the note was numbered have none, which reads as 0: the wording before version 1.
    /// </summary>
    public int DisclaimerVersion { get; set; }

    /// <summary>Whether the person has accepted the note as it reads in <paramref name="currentVersion"/>.</summary>
    public bool HasAcceptedDisclaimer(int currentVersion) => DisclaimerAcceptedOn is not null && DisclaimerVersion >= currentVersion;

    /// <summary>Whether the person accepted the note once, in a wording since changed in substance.</summary>
    public bool AcceptedAnEarlierDisclaimer(int currentVersion) => DisclaimerAcceptedOn is not null && DisclaimerVersion < currentVersion;

    public void AcceptDisclaimer(int version, DateTimeOffset acceptedOn)
    {
        DisclaimerVersion = version;
        DisclaimerAcceptedOn = acceptedOn;
    }

    /// <summary>The answers that rarely change; null until the first full assessment.</summary>
    public BaselineAnswers? Baseline { get; set; }

    /// <summary>
    /// The minutes of the last plan made, so "same as last time" at "how many minutes?" can be taken; null until then.
    /// </summary>
    public int? LastMinutes { get; set; }

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
