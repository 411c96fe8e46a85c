using BackStrength.Dialogs.Choices;

namespace BackStrength.Dialogs;

/// <summary>How <see cref="DialogExtensions.RunAsync(Dialog, ITurnContext, IStatePropertyAccessor{DialogState}, DialogRunOptions, CancellationToken)"/> behaves.</summary>
public sealed class DialogRunOptions
{
    /// <summary>Sent when the stored conversation could not be continued and the root dialog starts again.</summary>
    public string LostTrackMessage { get; init; } = LanguageData.English.LostTrackMessage;
}
