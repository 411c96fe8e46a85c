namespace BackStrength.Cards;

/// <summary>
/// The <c>action</c> values the cards' submit buttons send back, which the bot routes on. Extra fields travel
/// beside <c>action</c> in the submitted value (<see cref="FeelingField"/>, <see cref="ExerciseIdField"/>).
/// </summary>
public static class CardActions
{
    public const string ActionField = "action";
    public const string FeelingField = "feeling";
    public const string ExerciseIdField = "exerciseId";

    public const string Start = "start";
    public const string Help = "help";
    public const string AcceptDisclaimer = "acceptDisclaimer";
    public const string SubmitSafetyCheck = "submitSafetyCheck";
    public const string SubmitAssessment = "submitAssessment";
    public const string SubmitQuickCheck = "submitQuickCheck";
    public const string UpdateAssessment = "updateAssessment";
    public const string StartSession = "startSession";
    public const string Easier = "easier";
    public const string Harder = "harder";
    public const string Swap = "swap";
    public const string Skip = "skip";
    public const string Done = "done";
    public const string Hurts = "hurts";
    public const string Feeling = "feeling";
    public const string ChangeTime = "changeTime";
    public const string ShowLibrary = "showLibrary";
    public const string ShowExercise = "showExercise";
    public const string EndSession = "endSession";
    public const string StartOver = "startOver";
    public const string ForgetMeConfirm = "forgetMeConfirm";
    public const string ForgetMeCancel = "forgetMeCancel";
    public const string RedFlagAcknowledged = "redFlagAcknowledged";
    public const string SetReminder = "setReminder";
    public const string SnoozeReminder = "snoozeReminder";

    /// <summary>The safety check's "None of these" choice, beside the warning signs' ids.</summary>
    public const string NoneOfThese = "none";

    /// <summary>The values of <see cref="FeelingField"/>.</summary>
    public static class Feelings
    {
        public const string TooEasy = "tooEasy";
        public const string AboutRight = "aboutRight";
        public const string TooHard = "tooHard";
    }
}
