using BackStrength.Bot.State;
using BackStrength.Coaching;
using BackStrength.Bot.Tests.Support;
using BackStrength.Coaching.Exercises;
using BackStrength.Coaching.Planning;
using BackStrength.Storage.Sqlite;
using Microsoft.Bot.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.Tests;

/// <summary>
/// Today's plan is stored as ids and choices, and its card is worded from the content each time it is shown: the
/// sentences were read and written with every message of the conversation (a quarter of its bytes), and kept their
/// old wording after the content changed.
/// </summary>
public sealed class StoredPlanTests(BotHost host) : IClassFixture<BotHost>, IDisposable
{
    private const string ConversationKey = "msteams/conversations/person";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("backstrength-plan-");
    private SqliteStorage? _storage;

    [Fact]
    public async Task The_plan_card_explains_each_exercise_but_the_stored_conversation_holds_no_explanation()
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Plan);

        var plan = (await chat.SayAsync("show the plan")).Single(CardKind.Plan);
        var key = $"{chat.ChannelId}/conversations/{chat.ConversationId}";
        var stored = JObject.FromObject((await host.Services.GetRequiredService<IStorage>().ReadAsync([key]))[key]).ToString();

        var library = host.Services.GetRequiredService<ExerciseLibrary>();
        var planned = (await Sessions.SavedPlanAsync(host, chat))!.Items.Select(item => library.GetExercise(item.ExerciseId)).ToList();
        Assert.NotEmpty(planned);
        Assert.All(planned, exercise =>
        {
            Assert.Contains(exercise.WhyItHelps, plan.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(exercise.WhyItHelps, stored, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_plan_read_back_from_the_store_is_the_plan_written()
    {
        var plan = new SessionPlan(new List<PlannedExercise>
        {
            new("bridge", "bridge.standard", new Dose(10, null, 2, 45, PerSide: false), ChoiceReason.SteppedUp, 2.4),
            new("plank", "plank.knees", new Dose(null, 20, 3, 30, PerSide: false), ChoiceReason.Gentle, 2.75),
            // An exercise id that is not its variation's prefix is kept too.
            new("side-plank", "side-plank-knees", new Dose(6, 5, 2, 45, PerSide: true), ChoiceReason.EasedAfterBreak, 3),
        }, 8.15, Equipment.ResistanceBand, IsGentle: true);

        await SaveAsync(new CoachingState { Plan = plan });
        var read = (await LoadAsync()).Plan!;

        Assert.Equal(plan.Items, read.Items);
        Assert.Equal(plan with { Items = read.Items }, read);
    }

    [Fact]
    public async Task A_plan_stored_with_named_fields_and_its_sentences_by_earlier_versions_reads_back_as_a_usual_choice()
    {
        await SaveAsync(new CoachingState());
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.FullName, "backstrength.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE bot_state SET document = @document";
            command.Parameters.AddWithValue("@document", StoredWithSentences);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var read = Assert.Single((await LoadAsync()).Plan!.Items);

        Assert.Equal(new PlannedExercise("bridge", "bridge.standard", new Dose(10, null, 2, 45, PerSide: false), ChoiceReason.Usual, 2.4), read);
    }

    // Exactly what the version before plans were stored as choices wrote: named fields, the reason as a sentence.
    private const string StoredWithSentences = """
        {"$type":"state","CoachingState":{"$type":"BackStrength.Bot.State.CoachingState, BackStrength.Bot","Plan":{"Items":{
         "$type":"System.Collections.Generic.List`1[[BackStrength.Coaching.Planning.PlannedExercise, BackStrength.Coaching]], System.Private.CoreLib",
         "$values":[{"ExerciseId":"bridge","VariationId":"bridge.standard","Dose":{"Reps":10,"Sets":2,"RestSeconds":45,"PerSide":false},
          "Reason":"Keeps your hips working.","EstimatedMinutes":2.4}]},"TotalMinutes":2.4,"EquipmentNeeded":0,"IsGentle":false},"PlanDone":false}}
        """;

    private SqliteStorage Storage => _storage ??= new SqliteStorage(Path.Combine(_folder.FullName, "backstrength.db"), TimeProvider.System, NullLogger<SqliteStorage>.Instance);

    // The conversation as BotState stores it: a dictionary of properties.
    private Task SaveAsync(CoachingState coaching) =>
        Storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Dictionary<string, object> { [nameof(CoachingState)] = coaching } });

    private async Task<CoachingState> LoadAsync()
    {
        var state = (IDictionary<string, object>)(await Storage.ReadAsync([ConversationKey]))[ConversationKey];
        return Assert.IsType<CoachingState>(state[nameof(CoachingState)]);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
