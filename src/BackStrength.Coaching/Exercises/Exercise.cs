namespace BackStrength.Coaching.Exercises;

/// <summary>A back-strengthening exercise and its chain of variations.</summary>
/// <param name="Aliases">Lower-case names people type for it, e.g. "rdl" or "pall of press".</param>
/// <param name="Strengthens">Which muscles it works.</param>
/// <param name="WhyItHelps">Why that matters for the back.</param>
/// <param name="SecondsPerRep">Typical time for one repetition, used to estimate session length.</param>
/// <param name="GentlerAlternativeId">An exercise for the same area to offer below the easiest variation.</param>
/// <param name="Variations">Ordered easiest first; exactly one is the standard.</param>
public sealed record Exercise(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    BodyArea Area,
    string Strengthens,
    string WhyItHelps,
    int SecondsPerRep,
    string GentlerAlternativeId,
    IReadOnlyList<Variation> Variations)
{
    public Variation Standard => Variations.First(v => v.IsStandard);

    public int StandardIndex => IndexOf(Standard.Id);

    /// <summary>Position of the variation in the chain (0 = easiest), or -1 when it is not part of it.</summary>
    public int IndexOf(string variationId)
    {
        for (var i = 0; i < Variations.Count; i++)
        {
            if (Variations[i].Id == variationId)
            {
                return i;
            }
        }

        return -1;
    }
}
