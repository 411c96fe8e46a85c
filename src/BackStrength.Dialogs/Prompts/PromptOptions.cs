using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackStrength.Dialogs;

/// <summary>What a prompt asks and accepts. It is kept in dialog state, so everything in it must serialise.</summary>
public class PromptOptions
{
    /// <summary>The question sent when the prompt starts (and when it is re-prompted).</summary>
    [JsonConverter(typeof(ActivityJsonConverter))]
    public IActivity? Prompt { get; set; }

    /// <summary>Sent after an answer that was not understood or failed validation; falls back to <see cref="Prompt"/>.</summary>
    [JsonConverter(typeof(ActivityJsonConverter))]
    public IActivity? RetryPrompt { get; set; }

    /// <summary>The choices of a <see cref="ChoicePrompt"/>.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>Overrides the prompt's own <see cref="ListStyle"/> for this question.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Extra data for validation, e.g. a <see cref="NumberRange"/> for a <see cref="NumberPrompt{T}"/>.</summary>
    public object? Validations { get; set; }
}
