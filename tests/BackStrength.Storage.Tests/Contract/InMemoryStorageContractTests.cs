using BackStrength.Storage.Memory;
using Microsoft.Bot.Builder;

namespace BackStrength.Storage.Tests.Contract;

public sealed class InMemoryStorageContractTests : AtomicBatchStorageContractTests
{
    public InMemoryStorageContractTests()
    {
        Storage = new InMemoryStorage(Clock);
    }

    protected override IStorage Storage { get; }

    [Fact]
    public async Task A_value_read_back_is_a_copy_that_later_changes_do_not_reach()
    {
        var log = new ExerciseLog { Exercise = "bridge", Repetitions = 10 };
        await Storage.WriteAsync(Change("log", log));
        log.Repetitions = 99;

        var stored = await ReadLogAsync("log");
        stored.Repetitions = 50;

        Assert.Equal(10, (await ReadLogAsync("log")).Repetitions);
    }
}
