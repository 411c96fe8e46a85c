using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace BackStrength.Dialogs;

/// <summary>Prepares a stored question for sending.</summary>
internal static class PromptActivity
{
    /// <summary>
    /// A fresh copy of <paramref name="question"/>, marked as expecting the user's input. The stored question is
    /// never sent itself, because sending stamps conversation details on it that would then be saved.
    /// </summary>
    public static Activity CopyForSending(IActivity? question)
    {
        var copy = question is null
            ? (Activity)Activity.CreateMessageActivity()
            : JObject.FromObject(question).ToObject<Activity>() ?? (Activity)Activity.CreateMessageActivity();
        copy.Type ??= ActivityTypes.Message;
        copy.InputHint ??= InputHints.ExpectingInput;
        return copy;
    }
}
