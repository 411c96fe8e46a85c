using BackStrength.Coaching.Progress;
using CsCheck;

namespace BackStrength.Coaching.Tests;

/// <summary>Random inputs for property tests: any assessment the bot could collect, any plausible history.</summary>
internal static class Generators
{
    public static readonly Gen<Assessment> Assessment =
        Gen.Select(
            Gen.Int[0, 10],
            Gen.Enum<Experience>(),
            Gen.Bool,
            Gen.Bool,
            Gen.Int[0, 15].Select(kit => (Equipment)kit),
            Gen.OneOf(5, 10, 20, 30),
            Gen.OneOf<Focus?>(null, Focus.LowerBack, Focus.UpperBackAndPosture, Focus.Core),
            Gen.Bool,
            (pain, experience, floor, kneeling, kit, minutes, focus, belowKnee) =>
                new Assessment(pain, experience, floor, kneeling, kit, minutes, focus, belowKnee));

    private static readonly (string ExerciseId, string VariationId)[] AllVariations =
        [.. Shipped.Library.Exercises.SelectMany(e => e.Variations.Select(v => (e.Id, v.Id)))];

    public static readonly Gen<SessionEntry> Entry =
        Gen.Select(Gen.OneOf(AllVariations), Gen.Enum<Feeling>(), Gen.Int[0, 10], Gen.Int[0, 10],
            (v, feeling, before, after) => new SessionEntry(v.ExerciseId, v.VariationId, feeling, before, after));

    public static readonly Gen<IReadOnlyList<SessionRecord>> History =
        Gen.Select(Gen.Int[0, 90], Entry.List[1, 6], (day, entries) => new SessionRecord(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero).AddDays(day), entries))
            .List[0, 4]
            .Select(list => (IReadOnlyList<SessionRecord>)list);

    public static readonly Gen<string> VariationId = Gen.OneOf(AllVariations.Select(v => v.VariationId).ToArray());
}
