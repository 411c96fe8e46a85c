using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackStrength.DirectLine.Conversations;

/// <summary>Direct Line's batch of activities plus the watermark to ask for the next batch with.</summary>
public sealed record ActivitySet(
    [property: JsonProperty("activities")] IReadOnlyList<Activity> Activities,
    [property: JsonProperty("watermark")] string Watermark);
