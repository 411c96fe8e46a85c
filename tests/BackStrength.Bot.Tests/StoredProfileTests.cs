using BackStrength.Bot.State;
using BackStrength.Coaching;
using BackStrength.Coaching.Progress;
using BackStrength.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackStrength.Bot.Tests;

/// <summary>What the bot keeps about a person stays small however long they use it, and reads back intact.</summary>
public sealed class StoredProfileTests : IDisposable
{
    // The longest sessions the time question offers hold about a dozen exercises.
    private const int ExercisesPerLongSession = 12;
    private const string PersonKey = "msteams/users/person";

    // Exactly what the version before compact history (and before numbered notes) wrote: named fields, type names
    // where the declared type is an interface or object, and BotState's dictionary under its full name.
    private const string StoredByPreviousVersion = """
            {"$type":"System.Collections.Generic.Dictionary`2[[System.String, System.Private.CoreLib],[System.Object, System.Private.CoreLib]], System.Private.CoreLib",
             "UserProfile":{"$type":"BackStrength.Bot.State.UserProfile, BackStrength.Bot","DisclaimerAcceptedOn":"2026-11-20T08:00:00+00:00",
              "History":[{"Date":"2026-11-20T08:05:00+01:00","Entries":{"$type":"System.Collections.Generic.List`1[[BackStrength.Coaching.Progress.SessionEntry, BackStrength.Coaching]], System.Private.CoreLib",
               "$values":[{"ExerciseId":"bridge","VariationId":"bridge.standard","Feeling":1,"PainBefore":3,"PainAfter":2}]}}]}}
            """;

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("backstrength-profile-");
    private readonly SqliteStorage _storage;

    public StoredProfileTests()
    {
        _storage = new SqliteStorage(DatabaseFile, TimeProvider.System, NullLogger<SqliteStorage>.Instance);
    }

    private string DatabaseFile => Path.Combine(_folder.FullName, "backstrength.db");

    [Fact]
    public async Task Twelve_long_sessions_of_history_are_stored_in_under_8_KB()
    {
        await SaveAsync(ProfileWithHistory(ExercisesPerLongSession));

        Assert.InRange(await StoredBytesAsync(), 1, 8 * 1024);
    }

    [Fact]
    public async Task History_read_back_from_the_store_is_the_history_written()
    {
        var profile = ProfileWithHistory(4);
        profile.History.Add(new SessionRecord(DateTimeOffset.UnixEpoch, [new SessionEntry("side-plank", "side-plank-knees", Feeling.StoppedForPain, 2, 5)]));
        // Ended early: pain after it was never asked.
        profile.History.Add(new SessionRecord(DateTimeOffset.UnixEpoch.AddDays(1), [new SessionEntry("bridge", "bridge.small", Feeling.StoppedForPain, 4, null)]));

        await SaveAsync(profile);

        Assert.Equal(Describe(profile), Describe(await LoadAsync()));
    }

    [Fact]
    public async Task A_person_stored_by_the_previous_version_still_reads()
    {
        await SaveAsync(new UserProfile());
        await ExecuteAsync("UPDATE bot_state SET document = @document", ("@document", StoredByPreviousVersion));

        var record = Assert.Single((await LoadAsync()).History);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 5, 0, TimeSpan.FromHours(1)), record.Date);
        Assert.Equal(new SessionEntry("bridge", "bridge.standard", Feeling.AboutRight, 3, 2), Assert.Single(record.Entries));
    }

    [Fact]
    public async Task A_person_stored_before_the_note_was_numbered_accepted_the_wording_before_version_1()
    {
        await SaveAsync(new UserProfile());
        await ExecuteAsync("UPDATE bot_state SET document = @document", ("@document", StoredByPreviousVersion));

        var profile = await LoadAsync();

        Assert.Equal(0, profile.DisclaimerVersion);
        Assert.False(profile.HasAcceptedDisclaimer(1));
        Assert.True(profile.AcceptedAnEarlierDisclaimer(1));
    }

    [Fact]
    public async Task The_accepted_note_version_reads_back()
    {
        var profile = new UserProfile();
        profile.AcceptDisclaimer(3, DateTimeOffset.UnixEpoch);

        await SaveAsync(profile);

        Assert.True((await LoadAsync()).HasAcceptedDisclaimer(3));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    // The person as BotState stores them: a dictionary of properties.
    private Task SaveAsync(UserProfile profile) =>
        _storage.WriteAsync(new Dictionary<string, object> { [PersonKey] = new Dictionary<string, object> { [nameof(UserProfile)] = profile } });

    private async Task<UserProfile> LoadAsync()
    {
        var state = (IDictionary<string, object>)(await _storage.ReadAsync([PersonKey]))[PersonKey];
        return Assert.IsType<UserProfile>(state[nameof(UserProfile)]);
    }

    private async Task<long> StoredBytesAsync() => (long)(await ExecuteAsync("SELECT length(CAST(document AS BLOB)) FROM bot_state"))!;

    private async Task<object?> ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new SqliteConnection($"Data Source={DatabaseFile}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }
        return await command.ExecuteScalarAsync();
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
