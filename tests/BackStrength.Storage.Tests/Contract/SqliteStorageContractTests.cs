using BackStrength.Storage.Sqlite;
using BackStrength.Storage.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging.Abstractions;

namespace BackStrength.Storage.Tests.Contract;

public sealed class SqliteStorageContractTests : AtomicBatchStorageContractTests, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public SqliteStorageContractTests()
    {
        Storage = new SqliteStorage(_folder.DatabaseFile, Clock, NullLogger<SqliteStorage>.Instance);
    }

    protected override IStorage Storage { get; }

    [Fact]
    public async Task The_database_file_and_its_folder_are_created_on_first_use()
    {
        Assert.False(File.Exists(_folder.DatabaseFile));

        await Storage.WriteAsync(Change("log", new ExerciseLog()));

        Assert.True(File.Exists(_folder.DatabaseFile));
    }

    [Fact]
    public async Task State_survives_reopening_the_database()
    {
        await Storage.WriteAsync(Change("log", new ExerciseLog { Exercise = "bridge", Repetitions = 12 }));

        var reopened = new SqliteStorage(_folder.DatabaseFile, Clock, NullLogger<SqliteStorage>.Instance);

        var log = Assert.IsType<ExerciseLog>((await reopened.ReadAsync(["log"]))["log"]);
        Assert.Equal(12, log.Repetitions);
    }

    [Fact]
    public async Task Idle_purge_judges_each_key_by_its_own_last_write()
    {
        await Storage.WriteAsync(Change("quiet", new ExerciseLog()));
        await Storage.WriteAsync(Change("active", new ExerciseLog()));
        Clock.Advance(TimeSpan.FromDays(20));
        var active = await ReadLogAsync("active");
        await Storage.WriteAsync(Change("active", active));
        Clock.Advance(TimeSpan.FromDays(15));

        var purged = await ((IStateExpiry)Storage).PurgeIdleAsync(TimeSpan.FromDays(30), CancellationToken.None);

        Assert.Equal(1, purged);
        Assert.Equal(["active"], (await Storage.ReadAsync(["quiet", "active"])).Keys);
    }

    [Fact]
    public async Task Storage_that_cannot_create_its_database_reports_not_ready()
    {
        var blockingFile = Path.Combine(_folder.Path, "not-a-folder");
        await File.WriteAllTextAsync(blockingFile, "a file where the database folder should be");
        var storage = new SqliteStorage(Path.Combine(blockingFile, "backstrength.db"), Clock, NullLogger<SqliteStorage>.Instance);

        Assert.False(await storage.CheckAsync(CancellationToken.None));
    }

    public void Dispose() => _folder.Dispose();
}
