namespace BackStrength.Coaching.Exercises;

/// <summary>How a variation uses the two sides of the body, for "do I have to do both sides?" at the exercise.</summary>
public enum Sides
{
    /// <summary>Both sides work at once (a squat, a bridge): there is nothing to swap.</summary>
    Together,

    /// <summary>One side, then the other, in turns as the set goes (a bird dog, a marching bridge).</summary>
    Alternating,

    /// <summary>All the reps or the hold on one side, then the same on the other (a side plank, a kickstand RDL).</summary>
    OneThenOther,
}
