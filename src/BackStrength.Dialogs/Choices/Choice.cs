using Microsoft.Bot.Schema;

namespace BackStrength.Dialogs;

/// <summary>An option offered by a <see cref="ChoicePrompt"/>.</summary>
public class Choice
{
    public Choice(string? value = null)
    {
        Value = value ?? string.Empty;
    }

    /// <summary>The text shown for the choice and returned in <see cref="FoundChoice.Value"/>.</summary>
    public string Value { get; set; }

    /// <summary>A custom button for the choice; by default an imBack button sending <see cref="Value"/>.</summary>
    public CardAction? Action { get; set; }

    /// <summary>Other words or phrases that pick this choice.</summary>
    public List<string>? Synonyms { get; set; }
}
