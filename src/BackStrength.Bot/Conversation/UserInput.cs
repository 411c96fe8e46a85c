using BackStrength.Coaching.Safety;
using BackStrength.Understanding;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// One message, understood: what the person asked for (typed or tapped on a card), any red-flag symptoms it
/// mentions, whether it speaks of pain, and the submitted card values when there are some.
/// </summary>
public sealed record UserInput(
    Intent Intent,
    string? CardAction,
    JObject? CardValue,
    string? ExerciseId,
    int? Number,
    IReadOnlyList<RedFlag> RedFlags)
{
    /// <summary>Whether the typed message speaks of pain, even when something else it says wins ("a bit sore, but let's start").</summary>
    public bool MentionsPain { get; init; }

    /// <summary>The length of time the typed message names, in minutes ("just 5 min today"); null when it names none.</summary>
    public int? Minutes { get; init; }

    /// <summary>Whether the typed message names a length of time: it speaks of a session.</summary>
    public bool NamesTime => Minutes is not null;

    /// <summary>An exercise of the plan the typed message names by its place ("the second one", "number 3", "the next one").</summary>
    public PlanPlace? Place { get; init; }

    /// <summary>The exercise the typed message asks for in place of another ("swap the bird dog for a plank": the plank).</summary>
    public string? Replacement { get; init; }

    /// <summary>Whether the typed message speaks of every exercise of the plan ("make the whole plan harder", "everything is too easy").</summary>
    public bool WholePlan { get; init; }

    public bool IsCardAction(string action) => string.Equals(CardAction, action, StringComparison.Ordinal);

    public string? CardField(string name) => CardValue?[name]?.Type switch
    {
        null or JTokenType.Null => null,
        JTokenType.Array => string.Join(',', CardValue[name]!.Values<string>()),
        _ => CardValue[name]!.ToString(),
    };
}
