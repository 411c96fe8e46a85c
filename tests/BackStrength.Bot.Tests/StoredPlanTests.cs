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

    [Fact]
    public async Task The_plan_card_explains_each_exercise_but_the_stored_conversation_holds_no_explanation()
    {
        var chat = new SdkChat(host);
        await JourneyPlaces.GoToAsync(chat, JourneyPlace.Plan);

        var plan = (await chat.SayAsync("show the plan")).Single(CardKind.Plan);
        var key = $"{chat.ChannelId}/conversations/{chat.ConversationId}";
        var stored = JObject.FromObject((await host.Services.GetRequiredService<IStorage>().ReadAsync([key]))[key]).ToString();

        var library = host.Services.GetRequiredService<ExerciseLibrary>();
        var planned = JObject.Parse(stored).SelectTokens("$..Plan.Items..ExerciseId").Select(id => library.GetExercise((string)id!)).ToList();
        Assert.NotEmpty(planned);
        Assert.All(planned, exercise =>
        {
            Assert.Contains(exercise.WhyItHelps, plan.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(exercise.WhyItHelps, stored, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task A_plan_stored_with_its_sentences_by_the_previous_version_reads_back_as_a_usual_choice()
    {
        var storage = new SqliteStorage(Path.Combine(_folder.FullName, "backstrength.db"), TimeProvider.System, NullLogger<SqliteStorage>.Instance);
        var item = new PlannedExercise("bridge", "bridge.standard", new Dose(10, null, 2, 45, PerSide: false), ChoiceReason.SteppedUp, 2.4);
        var coaching = new CoachingState { Plan = new SessionPlan(new List<PlannedExercise> { item }, 2.4, Equipment.None, IsGentle: false) };
        await storage.WriteAsync(new Dictionary<string, object> { [ConversationKey] = new Dictionary<string, object> { [nameof(CoachingState)] = coaching } });
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.FullName, "backstrength.db")};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = """UPDATE bot_state SET document = replace(document, '"Why":1', '"Reason":"Keeps your hips working."')""";
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var state = (IDictionary<string, object>)(await storage.ReadAsync([ConversationKey]))[ConversationKey];

        var read = Assert.Single(Assert.IsType<CoachingState>(state[nameof(CoachingState)]).Plan!.Items);
        Assert.Equal(item with { Why = ChoiceReason.Usual }, read);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
