using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests.Support;

/// <summary>Which of the bot's cards a reply shows, as a person would recognise it.</summary>
public enum CardKind
{
    None,
    Welcome,
    Disclaimer,
    SafetyCheck,
    SafetyStop,
    Assessment,
    QuickCheck,
    Plan,
    SessionExercise,
    LookedUpExercise,
    Feeling,
    PainAdvice,
    Summary,
    Progress,
    Library,
    Help,
    ForgetMe,
    Message,
}

/// <summary>
/// What a person sees in a reply: its text, and for an Adaptive Card its title, fallback text, buttons and
/// other visible lines. Makes transcript assertions read like the conversation.
/// </summary>
public sealed class Card
{
    private static readonly (string Action, CardKind Kind)[] KindByButton =
    [
        ("acceptDisclaimer", CardKind.Disclaimer),
        ("submitSafetyCheck", CardKind.SafetyCheck),
        ("submitAssessment", CardKind.Assessment),
        ("submitQuickCheck", CardKind.QuickCheck),
        ("startSession", CardKind.Plan),
        ("done", CardKind.SessionExercise),
        ("feeling", CardKind.Feeling),
        ("redFlagAcknowledged", CardKind.SafetyStop),
        ("forgetMeConfirm", CardKind.ForgetMe),
        ("showExercise", CardKind.Library),
        ("endSession", CardKind.PainAdvice),
        ("startOver", CardKind.Help),
    ];

    private readonly JObject? _content;

    public Card(IActivity activity)
    {
        Activity = activity;
        var message = activity.AsMessageActivity();
        Text = message?.Text ?? string.Empty;
        var attachment = message?.Attachments?.FirstOrDefault(item => item.ContentType == "application/vnd.microsoft.card.adaptive");
        _content = attachment?.Content switch
        {
            null => null,
            JObject json => json,
            var other => JObject.FromObject(other),
        };
        Buttons = _content is null ? [] : [.. Descendants(_content).Where(IsSubmit).Select(ToButton)];
        Lines = _content is null ? [] : [.. Descendants(_content).Where(IsTextBlock).Select(block => (string)block["text"]!)];
        Kind = Classify();
    }

    public IActivity Activity { get; }

    /// <summary>The message's own text (shown above a card, or the whole reply for plain text).</summary>
    public string Text { get; }

    public CardKind Kind { get; }

    public string FallbackText => (string?)_content?["fallbackText"] ?? string.Empty;

    /// <summary>Every text line the card shows, in order (text blocks only, not facts or inputs).</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>The card's heading: its first heading-styled line, or its first line.</summary>
    public string Title => _content is null ? string.Empty
        : (string?)Descendants(_content).FirstOrDefault(block => IsTextBlock(block) && (string?)block["style"] == "heading")?["text"]
          ?? Lines.FirstOrDefault() ?? string.Empty;

    public IReadOnlyList<CardButton> Buttons { get; }

    /// <summary>
    /// On an exercise card: the variation shown, the subtle line under the exercise's name, or the name itself
    /// for a variation named like its exercise (which the card does not repeat).
    /// </summary>
    public string VariationName
    {
        get
        {
            var blocks = _content is null ? [] : Descendants(_content).Where(IsTextBlock).ToList();
            var heading = blocks.FindIndex(block => (string?)block["style"] == "heading");
            return heading < 0 ? string.Empty
                : heading + 1 < blocks.Count && (bool?)blocks[heading + 1]["isSubtle"] == true ? (string)blocks[heading + 1]["text"]! : Title;
        }
    }

    /// <summary>On an exercise card: the exercise id its buttons send.</summary>
    public string? ExerciseId => Buttons.Select(button => (string?)button.Data["exerciseId"]).FirstOrDefault(id => id is not null);

    /// <summary>On an exercise card after easier/harder/swap: what changed, or null.</summary>
    public string? ChangeNote => Lines.FirstOrDefault(line => line.StartsWith("What changed: ", StringComparison.Ordinal));

    /// <summary>Everything a person could read in this reply, for "does it mention..." checks.</summary>
    public string AllText => string.Join("\n", new[] { Text, FallbackText }.Concat(Lines));

    public CardButton Button(string title) =>
        Buttons.SingleOrDefault(button => button.Title == title)
        ?? throw new Xunit.Sdk.XunitException($"The {Kind} card has no button \"{title}\"; it has: {string.Join(", ", Buttons.Select(button => button.Title))}.");

    public override string ToString() => _content is null ? $"text: {Text}" : $"{Kind} card \"{Title}\"{(Text.Length > 0 ? $" with text: {Text}" : string.Empty)}";

    private CardKind Classify()
    {
        if (_content is null)
        {
            return CardKind.None;
        }

        var actions = Buttons.Select(button => button.Action).ToHashSet();
        foreach (var (action, kind) in KindByButton)
        {
            if (actions.Contains(action))
            {
                return kind;
            }
        }

        if (Title == "Session complete")
        {
            return CardKind.Summary;
        }

        if (Title == "Your progress")
        {
            return CardKind.Progress;
        }

        if (actions.SetEquals(["showLibrary"]) && Title.Length > 0)
        {
            return CardKind.LookedUpExercise;
        }

        return Title.Contains("I am BackStrength", StringComparison.Ordinal) || Title.StartsWith("Welcome back", StringComparison.Ordinal)
            ? CardKind.Welcome
            : CardKind.Message;
    }

    private static IEnumerable<JObject> Descendants(JObject card) => card.DescendantsAndSelf().OfType<JObject>();

    private static bool IsTextBlock(JObject element) => (string?)element["type"] == "TextBlock" && element["text"]?.Type == JTokenType.String;

    private static bool IsSubmit(JObject element) => (string?)element["type"] == "Action.Submit" && element["data"] is JObject;

    private static CardButton ToButton(JObject element) => new((string?)element["title"] ?? string.Empty, (JObject)element["data"]!);
}

/// <summary>A card's submit button: what it says, and the data it sends when tapped.</summary>
public sealed record CardButton(string Title, JObject Data)
{
    public string Action => (string?)Data["action"] ?? string.Empty;
}
