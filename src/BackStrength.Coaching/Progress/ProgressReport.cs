using BackStrength.Coaching.Exercises;

namespace BackStrength.Coaching.Progress;

/// <summary>
/// What a person's stored sessions show them: each session's exercises and back pain before and after, newest first,
/// and the level each exercise has reached.
/// </summary>
public sealed record ProgressReport(IReadOnlyList<SessionOutcome> Sessions, IReadOnlyList<ExerciseLevel> Levels)
{
    public bool IsEmpty => Sessions.Count == 0;

    /// <summary>
    /// Reads the history against today's exercise library: an exercise or variation the library no longer has (after
    /// a content change) is left out rather than shown under a name that no longer exists.
    /// </summary>
    public static ProgressReport Of(IReadOnlyList<SessionRecord> history, ExerciseLibrary library)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(library);
        var newestFirst = SessionHistory.NewestFirst(history).Where(session => session.Entries.Count > 0).ToList();
        var sessions = newestFirst
            .Select(session => new SessionOutcome(
                session.Date,
                session.Entries.Count(entry => entry.Feeling != Feeling.Skipped),
                session.Entries[0].PainBefore,
                session.Entries[0].PainAfter))
            .ToList();
        var levels = new List<ExerciseLevel>();
        foreach (var exercise in library.Exercises)
        {
            var latest = newestFirst
                .SelectMany(session => session.Entries)
                .FirstOrDefault(entry => entry.ExerciseId == exercise.Id && entry.Feeling != Feeling.Skipped);
            var index = latest is null ? -1 : exercise.IndexOf(latest.VariationId);
            if (index >= 0)
            {
                levels.Add(new ExerciseLevel(exercise, exercise.Variations[index], index + 1));
            }
        }

        return new ProgressReport(sessions, levels);
    }
}

/// <param name="ExercisesDone">Exercises done or stopped, not skipped.</param>
/// <param name="PainBefore">Back pain 0-10 at the start of the session.</param>
/// <param name="PainAfter">Back pain 0-10 at its end; null when it ended before that was asked.</param>
public sealed record SessionOutcome(DateTimeOffset Date, int ExercisesDone, int PainBefore, int? PainAfter);

/// <summary>The variation of an exercise done most recently, and where it sits on the exercise's ladder (1 = easiest).</summary>
public sealed record ExerciseLevel(Exercise Exercise, Variation Variation, int Level)
{
    public int Levels => Exercise.Variations.Count;
}
