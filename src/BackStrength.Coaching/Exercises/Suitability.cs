namespace BackStrength.Coaching.Exercises;

/// <summary>Whether a variation suits what the person can do and has to hand.</summary>
public static class Suitability
{
    public static bool Fits(this Variation variation, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(variation);
        ArgumentNullException.ThrowIfNull(assessment);

        if (variation.Position.IsOnFloor() && !assessment.CanGetToFloor)
        {
            return false;
        }

        if (variation.Position.NeedsKneeling() && !assessment.KneelingComfortable)
        {
            return false;
        }

        return (variation.RequiredEquipment & ~assessment.EquipmentAtHand()) == Equipment.None;
    }
}
