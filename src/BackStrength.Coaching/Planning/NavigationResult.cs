using BackStrength.Coaching.Exercises;

namespace BackStrength.Coaching.Planning;

/// <summary>The outcome of asking for an easier or harder version.</summary>
/// <param name="Exercise">The exercise the request was about.</param>
/// <param name="Variation">The suggested variation, or null at the end of the chain.</param>
/// <param name="AtEndOfChain">No easier (or harder) variation suits the person.</param>
/// <param name="GentlerAlternative">When no easier variation suits: another exercise for the same area to try instead.</param>
/// <param name="GentlerAlternativeVariation">The variation of the alternative to start with.</param>
public sealed record NavigationResult(
    Exercise Exercise,
    Variation? Variation,
    bool AtEndOfChain,
    Exercise? GentlerAlternative,
    Variation? GentlerAlternativeVariation)
{
    /// <summary>The suggested variation's one-line "what changes" versus the standard version.</summary>
    public string? WhatChanges => Variation?.WhatChanges ?? GentlerAlternativeVariation?.WhatChanges;
}

/// <summary>The outcome of asking to swap an exercise for another one.</summary>
/// <param name="Exercise">The replacement, or null when nothing else for that area suits, or the one asked for does not.</param>
/// <param name="Refused">Why the exercise asked for by name cannot come in; <see cref="SwapRefusal.None"/> otherwise.</param>
public sealed record SwapResult(Exercise? Exercise, Variation? Variation, SwapRefusal Refused = SwapRefusal.None)
{
    public bool Found => Exercise is not null;
}

/// <summary>Why an exercise asked for by name ("swap the bird dog for a plank") cannot take another's place.</summary>
public enum SwapRefusal
{
    None,

    /// <summary>It is in today's plan already.</summary>
    AlreadyInPlan,

    /// <summary>No version of it suits today's positions and kit (in a gentle plan, its easiest version does not).</summary>
    DoesNotFit,
}
