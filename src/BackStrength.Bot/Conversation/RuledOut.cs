using System.Globalization;
using BackStrength.Bot.Cards;
using BackStrength.Coaching;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// What today's answers rule out that an exercise needs (the floor, kneeling, kit), in plain words: for "harder" at the
/// hardest version that fits, and for an exercise asked for by name that cannot come in.
/// </summary>
public static class RuledOut
{
    /// <summary>What <paramref name="versions"/> need that today's answers rule out, in words; empty when nothing is.</summary>
    public static List<string> Needs(IEnumerable<Variation> versions, Assessment assessment, ConversationTexts texts)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(texts);
        var atHand = assessment.EquipmentAtHand();
        return versions
            .SelectMany(version => new[]
                {
                    version.Position.IsOnFloor() && !assessment.CanGetToFloor ? "Floor" : null,
                    version.Position.NeedsKneeling() && !assessment.KneelingComfortable ? "Kneeling" : null,
                }
                .Concat(Enum.GetValues<Equipment>().Where(kit => kit != Equipment.None && (version.RequiredEquipment & ~atHand).HasFlag(kit)).Select(kit => kit.ToString())))
            .OfType<string>()
            .Distinct()
            .Select(need => texts.NeedPhrases[need])
            .ToList();
    }

    /// <summary>
    /// Why <paramref name="wanted"/>, asked for by name, cannot take another exercise's place today: it is in the plan
    /// already, or what its versions need is ruled out (only its easiest counts in a gentle plan).
    /// </summary>
    public static string WhyNotSwappedIn(SwapRefusal refused, Exercise wanted, Assessment assessment, bool gentle, ConversationTexts texts)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        ArgumentNullException.ThrowIfNull(texts);
        var name = MidSentence.Name(wanted.Name);
        var needs = Needs(gentle ? wanted.Variations.Take(1) : wanted.Variations, assessment, texts);
        var why = refused == SwapRefusal.AlreadyInPlan ? texts.NamedSwapAlreadyInPlan
            : needs.Count > 0 ? texts.NamedSwapNeedsRuledOut
            : texts.NamedSwapNotToday;
        return string.Format(CultureInfo.InvariantCulture, why, name, string.Join(" or ", needs));
    }
}
