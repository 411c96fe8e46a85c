using System.Text;
using BackStrength.Bot.State;
using BackStrength.Coaching;
using BackStrength.Coaching.Progress;
using BackStrength.Storage.Memory;
using Microsoft.Bot.Builder;
using Newtonsoft.Json;

namespace BackStrength.Bot.Tests;

/// <summary>What the bot keeps about a person stays small however long they use it, and reads back intact.</summary>
public sealed class StoredProfileTests
{
    // The longest sessions the time question offers hold about a dozen exercises.
    private const int ExercisesPerLongSession = 12;

    [Fact]
    public void Twelve_long_sessions_of_history_fit_in_8_KB()
    {
        var profile = ProfileWithHistory(ExercisesPerLongSession);

        var json = JsonConvert.SerializeObject(new Dictionary<string, object> { [nameof(UserProfile)] = profile });

        Assert.InRange(Encoding.UTF8.GetByteCount(json), 1, 8 * 1024);
    }

    [Fact]
    public async Task History_read_back_from_the_store_is_the_history_written()
    {
        var storage = new InMemoryStorage(TimeProvider.System);
        var profile = ProfileWithHistory(4);
        profile.History.Add(new SessionRecord(DateTimeOffset.UnixEpoch, [new SessionEntry("side-plank", "side-plank-knees", Feeling.StoppedForPain, 2, 5)]));

        await storage.WriteAsync(new Dictionary<string, object> { ["person"] = new Dictionary<string, object> { [nameof(UserProfile)] = profile } });
        var state = (IDictionary<string, object>)(await storage.ReadAsync(["person"]))["person"];
        var read = Assert.IsType<UserProfile>(state[nameof(UserProfile)]);

        Assert.Equal(Describe(profile), Describe(read));
    }

    [Fact]
    public void A_history_stored_with_named_fields_still_reads()
    {
        const string stored = """
            { "History": [ { "Date": "2026-11-20T08:00:00+00:00", "Entries": [
                { "ExerciseId": "bridge", "VariationId": "bridge.standard", "Feeling": 1, "PainBefore": 3, "PainAfter": 2 } ] } ] }
            """;

        var profile = JsonConvert.DeserializeObject<UserProfile>(stored)!;

        var entry = Assert.Single(Assert.Single(profile.History).Entries);
        Assert.Equal(new SessionEntry("bridge", "bridge.standard", (Feeling)1, 3, 2), entry);
    }

    private static UserProfile ProfileWithHistory(int exercisesPerSession)
    {
        var library = CoachingServices.CreateDefault().Library;
        var variations = library.Exercises.SelectMany(exercise => exercise.Variations.Select(variation => (exercise.Id, variation.Id))).ToList();
        var profile = new UserProfile { DisclaimerAcceptedOn = DateTimeOffset.UnixEpoch };
        for (var day = 0; day < UserProfile.HistoryLimit; day++)
        {
            profile.AddToHistory(new SessionRecord(
                new DateTimeOffset(2026, 11, 1, 7, 45, 0, TimeSpan.FromHours(1)).AddDays(day),
                [.. Enumerable.Range(0, exercisesPerSession).Select(i => variations[(day + i) % variations.Count])
                    .Select(ids => new SessionEntry(ids.Item1, ids.Item2, Feeling.AboutRight, 4, 3))]));
        }
        return profile;
    }

    private static string Describe(UserProfile profile) =>
        string.Join("\n", profile.History.Select(record => $"{record.Date:O}: {string.Join(", ", record.Entries)}"));
}
