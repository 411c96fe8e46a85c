namespace BackStrength.Dialogs;

/// <summary>
/// One entry of the persisted dialog stack: which dialog is running and the state it keeps between turns.
/// Values in <see cref="State"/> are saved with the conversation state, so keep them to primitives, strings,
/// lists and dictionaries (see the README for how they come back from storage).
/// </summary>
public class DialogInstance
{
    public string Id { get; set; } = string.Empty;

    public IDictionary<string, object> State { get; set; } = new Dictionary<string, object>();
}
