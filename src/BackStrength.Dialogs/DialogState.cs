using Newtonsoft.Json;

namespace BackStrength.Dialogs;

/// <summary>The persisted dialog stack. The active dialog is at index 0, as in the Bot Framework SDK.</summary>
public class DialogState
{
    public DialogState()
        : this(null)
    {
    }

    public DialogState(List<DialogInstance>? stack)
    {
        DialogStack = stack ?? [];
    }

    [JsonProperty("dialogStack")]
    public List<DialogInstance> DialogStack { get; set; }
}
