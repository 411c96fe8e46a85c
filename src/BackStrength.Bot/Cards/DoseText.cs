using System.Globalization;
using BackStrength.Coaching.Exercises;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Cards;

/// <summary>Writes a dose the way a coach says it: "2 sets of 10 each side, hold 3 s, rest 30 s".</summary>
public sealed class DoseText(IOptions<DoseWording> wording)
{
    private readonly DoseWording _wording = wording.Value;

    public string Describe(Dose dose)
    {
        var parts = new List<string>();
        var perSide = dose.PerSide ? _wording.EachSide : string.Empty;
        if (dose.Reps is { } reps)
        {
            parts.Add(Format(_wording.SetsOfReps, dose.Sets, reps, perSide));
            if (dose.HoldSeconds is { } hold)
            {
                parts.Add(Format(_wording.HoldEach, hold));
            }
        }
        else
        {
            parts.Add(Format(_wording.Holds, dose.Sets, dose.HoldSeconds ?? 0, perSide));
        }

        if (dose.Sets > 1 && dose.RestSeconds > 0)
        {
            parts.Add(Format(_wording.Rest, dose.RestSeconds));
        }

        return string.Join(", ", parts);
    }

    private static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values).Trim();
}

/// <summary>The dose phrases, from the "DoseWording" section of Content/conversation.json.</summary>
public sealed class DoseWording
{
    public const string Section = "DoseWording";

    public string SetsOfReps { get; set; } = string.Empty;

    public string HoldEach { get; set; } = string.Empty;

    public string Holds { get; set; } = string.Empty;

    public string Rest { get; set; } = string.Empty;

    public string EachSide { get; set; } = string.Empty;
}
