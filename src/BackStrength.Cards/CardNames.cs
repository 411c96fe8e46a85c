namespace BackStrength.Cards;

/// <summary>The names of the layouts in /cards, for <see cref="CardCatalog.Render"/>.</summary>
public static class CardNames
{
    public const string Welcome = "welcome";
    public const string Disclaimer = "disclaimer";
    public const string SafetyCheck = "safetyCheck";
    public const string Assessment = "assessment";
    public const string QuickCheck = "quickCheck";
    public const string Plan = "plan";
    public const string Exercise = "exercise";
    public const string Feeling = "feeling";
    public const string Summary = "summary";
    public const string Progress = "progress";
    public const string Library = "library";
    public const string Help = "help";
    public const string SafetyStop = "safetyStop";
    public const string PainAdvice = "painAdvice";
    public const string ForgetMe = "forgetMe";
    public const string Message = "message";
    public const string Reminder = "reminder";
}
