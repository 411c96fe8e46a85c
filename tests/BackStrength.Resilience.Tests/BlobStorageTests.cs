using System.Net;
using Azure.Storage.Blobs;
using BackStrength.Resilience.Tests.Support;

namespace BackStrength.Resilience.Tests;

/// <summary>The bot on Azure Blob storage (Azurite): a real outage of the store, and forgetting a person in it.</summary>
public sealed class BlobStorageTests : IAsyncLifetime
{
    private readonly Azurite _azurite = new();
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        await _azurite.StartAsync();
        _host = new BotHost(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "AzureBlob",
            ["Storage:AzureBlob:ConnectionString"] = _azurite.ConnectionString,
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _azurite.DisposeAsync();
    }

    [Fact]
    public async Task With_the_blob_store_down_the_person_gets_the_apology_readiness_fails_and_once_it_is_back_they_carry_on()
    {
        var client = _host.CreateClient();
        var chat = new TestChat(client);
        await Journey.ToFirstExerciseAsync(chat);
        var before = await SavedState.ConversationSnapshotAsync(_host.Store, chat);

        await _azurite.StopAsync();
        var readinessDuringOutage = (await client.GetAsync("/readyz")).StatusCode;
        var duringOutage = await chat.SayAsync("done");
        await _azurite.StartAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, readinessDuringOutage);
        Assert.Equal(Journey.Texts(_host.Services).StorageApology, Assert.Single(duringOutage.Messages).Text);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        Assert.Equal(before, await SavedState.ConversationSnapshotAsync(_host.Store, chat));
        Assert.Contains("feeling", (await chat.SayAsync("done")).Actions);
        Journey.AssertShowsExercise(await chat.SubmitAsync(Journey.AboutRight), 2);
    }

    [Fact]
    public async Task Forget_me_confirmed_leaves_no_blob_about_the_person_or_their_conversation()
    {
        var chat = new TestChat(_host.CreateClient());
        var container = new BlobServiceClient(_azurite.ConnectionString).GetBlobContainerClient("bot-state");

        await Journey.ForgetAfterASessionAsync(chat, _host.Store);

        var remaining = new List<string>();
        await foreach (var blob in container.GetBlobsAsync())
        {
            remaining.Add(blob.Name);
        }

        Assert.DoesNotContain(remaining, name => name.Contains(chat.UserId, StringComparison.Ordinal));
        Assert.DoesNotContain(remaining, name => name.Contains(chat.ConversationId, StringComparison.Ordinal) && !name.EndsWith("turn-gate", StringComparison.Ordinal));
        Assert.Contains("acceptDisclaimer", (await chat.SayAsync("start")).Actions);
    }
}
