using BackStrength.Dialogs;

namespace BackStrength.Bot.Dialogs;

/// <summary>
/// A question asked on top of whatever was under way (a reminder's time zone, "delete everything?"). "Cancel" or
/// "never mind" while it waits drops this question only: the session or check-in question underneath carries on.
/// </summary>
public interface ISideQuestion
{
    /// <summary>Says that nothing was changed and ends the side question, so the dialog underneath asks its own again.</summary>
    Task<DialogTurnResult> DropAsync(DialogContext dc, CancellationToken cancellationToken);
}
