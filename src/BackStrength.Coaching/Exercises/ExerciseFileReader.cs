using static BackStrength.Coaching.ContentFiles;

namespace BackStrength.Coaching.Exercises;

/// <summary>
/// Turns Content/exercises.json into validated <see cref="Exercise"/> records. Every rule a planner or the bot
/// relies on is checked here, so a wrong edit fails at start-up with the entry and field named.
/// </summary>
internal static class ExerciseFileReader
{
    private const string FileName = "exercises.json";

    public static IReadOnlyList<Exercise> Read(Stream json)
    {
        var file = ContentFiles.Read<ExerciseFile>(json, FileName);
        if (file.Exercises is not { Count: > 0 } entries)
        {
            throw new ContentValidationException(FileName, "exercises", "needs at least one exercise.");
        }

        var exercises = entries.Select((e, i) => ToExercise(e, $"exercise #{i + 1}")).ToList();
        CheckUniqueIds(exercises.Select(e => (e.Id, $"exercise '{e.Id}'")), "id");
        CheckUniqueIds(exercises.SelectMany(e => e.Variations).Select(v => (v.Id, $"variation '{v.Id}'")), "id");
        CheckAlternatives(exercises);
        return exercises;
    }

    private static Exercise ToExercise(ExerciseEntry? entry, string label)
    {
        if (entry is null)
        {
            throw new ContentValidationException(label, "(entry)", "is empty.");
        }

        var id = RequireText(entry.Id, label, "id");
        var name = $"exercise '{id}'";
        var secondsPerRep = entry.SecondsPerRep
            ?? throw new ContentValidationException(name, "secondsPerRep", "is missing.");
        if (secondsPerRep < 0)
        {
            throw new ContentValidationException(name, "secondsPerRep", "cannot be negative.");
        }

        if (entry.Variations is not { Count: > 0 } variationEntries)
        {
            throw new ContentValidationException(name, "variations", "needs at least one variation.");
        }

        var variations = variationEntries.Select((v, i) => ToVariation(v, id, secondsPerRep, $"{name}, variation #{i + 1}")).ToList();
        CheckChain(variations, name);

        return new Exercise(
            id,
            RequireText(entry.Name, name, "name"),
            [.. RequireTexts(entry.Aliases, name, "aliases").Select(a => a.ToLowerInvariant())],
            ParseKebab<BodyArea>(entry.Area, name, "area"),
            RequireText(entry.Strengthens, name, "strengthens"),
            RequireText(entry.WhyItHelps, name, "whyItHelps"),
            secondsPerRep,
            RequireText(entry.GentlerAlternative, name, "gentlerAlternative"),
            variations);
    }

    private static Variation ToVariation(VariationEntry? entry, string exerciseId, int secondsPerRep, string label)
    {
        if (entry is null)
        {
            throw new ContentValidationException(label, "(entry)", "is empty.");
        }

        var id = RequireText(entry.Id, label, "id");
        var name = $"variation '{id}'";
        if (!id.StartsWith($"{exerciseId}.", StringComparison.Ordinal))
        {
            throw new ContentValidationException(name, "id", $"must start with '{exerciseId}.'.");
        }

        var perSide = entry.PerSide ?? false;
        var sides = ParseKebab<Sides>(entry.Sides, name, "sides");
        // A dose for each side needs sides that take turns, and one side then the other is always dosed per side.
        if ((sides == Sides.Together && perSide) || (sides == Sides.OneThenOther && !perSide))
        {
            throw new ContentValidationException(name, "sides", sides == Sides.Together
                ? "is 'together', but 'perSide' is true: a dose for each side needs sides to work in turn."
                : $"is '{entry.Sides}', so 'perSide' must be true: the dose is done on each side.");
        }

        var doses = entry.Dose ?? throw new ContentValidationException(name, "dose", "is missing.");
        return new Variation(
            id,
            RequireText(entry.Name, name, "name"),
            entry.Standard ?? false,
            ParseKebab<Position>(entry.Position, name, "position"),
            sides,
            ToEquipment(entry.Requires, name, "requires"),
            ToEquipment(entry.Optional, name, "optional"),
            RequireTexts(entry.Steps, name, "steps"),
            RequireTexts(entry.FormCues, name, "formCues"),
            RequireTexts(entry.CommonMistakes, name, "commonMistakes"),
            RequireTexts(entry.WhenToStop, name, "whenToStop"),
            RequireText(entry.WhatChanges, name, "whatChanges"),
            new DoseByLevel(
                ToDose(doses.New, perSide, secondsPerRep, name, "dose.new"),
                ToDose(doses.Some, perSide, secondsPerRep, name, "dose.some"),
                ToDose(doses.Regular, perSide, secondsPerRep, name, "dose.regular")));
    }

    private static Equipment ToEquipment(IReadOnlyList<string?>? items, string entry, string field) =>
        (items ?? []).Aggregate(Equipment.None, (kit, item) => kit | ParseKebab<Equipment>(item, entry, field));

    private static Dose ToDose(DoseEntry? entry, bool perSide, int secondsPerRep, string name, string field)
    {
        if (entry is null)
        {
            throw new ContentValidationException(name, field, "is missing.");
        }

        if (entry.Reps is null && entry.HoldSeconds is null)
        {
            throw new ContentValidationException(name, field, "needs reps, holdSeconds or both.");
        }

        if (entry.Reps <= 0 || entry.HoldSeconds <= 0)
        {
            throw new ContentValidationException(name, field, "reps and holdSeconds must be positive.");
        }

        if (entry.Reps is not null && secondsPerRep == 0 && entry.HoldSeconds is null)
        {
            throw new ContentValidationException(name, field, "reps need a positive secondsPerRep on the exercise, or a holdSeconds.");
        }

        if (entry.Sets is not > 0)
        {
            throw new ContentValidationException(name, $"{field}.sets", "must be at least 1.");
        }

        if (entry.RestSeconds is not >= 0)
        {
            throw new ContentValidationException(name, $"{field}.restSeconds", "is missing or negative.");
        }

        return new Dose(entry.Reps, entry.HoldSeconds, entry.Sets.Value, entry.RestSeconds.Value, perSide);
    }

    // The navigator relies on an easier and a harder rung around exactly one standard.
    private static void CheckChain(IReadOnlyList<Variation> variations, string name)
    {
        var standards = variations.Count(v => v.IsStandard);
        if (standards != 1)
        {
            throw new ContentValidationException(name, "variations", $"must mark exactly one variation as standard, found {standards}.");
        }

        var standardIndex = variations.ToList().FindIndex(v => v.IsStandard);
        if (standardIndex == 0 || standardIndex == variations.Count - 1)
        {
            throw new ContentValidationException(name, "variations", "needs at least one easier variation before the standard and one harder after it.");
        }
    }

    private static void CheckUniqueIds(IEnumerable<(string Id, string Entry)> ids, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (id, entry) in ids)
        {
            if (!seen.Add(id))
            {
                throw new ContentValidationException(entry, field, "is used more than once.");
            }
        }
    }

    private static void CheckAlternatives(IReadOnlyList<Exercise> exercises)
    {
        var byId = exercises.ToDictionary(e => e.Id);
        foreach (var exercise in exercises)
        {
            var entry = $"exercise '{exercise.Id}'";
            if (!byId.TryGetValue(exercise.GentlerAlternativeId, out var alternative) || alternative == exercise)
            {
                throw new ContentValidationException(entry, "gentlerAlternative", $"'{exercise.GentlerAlternativeId}' must be the id of another exercise.");
            }

            if (alternative.Area != exercise.Area)
            {
                throw new ContentValidationException(entry, "gentlerAlternative", $"'{alternative.Id}' works a different area.");
            }
        }
    }
}
