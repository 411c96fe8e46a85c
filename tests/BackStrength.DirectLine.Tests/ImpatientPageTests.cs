using BackStrength.Bot.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace BackStrength.DirectLine.Tests;

/// <summary>
/// Web Chat stops waiting for a post after 20 s. On a busy server a turn can take that long, and the person must
/// still get the bot's answer: the page's patience is not the bot's.
/// </summary>
public sealed class ImpatientPageTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("backstrength-impatient-page-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task A_message_the_page_stopped_waiting_for_still_gets_the_bots_answer()
    {
        HeldBot? held = null;
        var hangUps = new HangUpWatch("/v3/directline/conversations");
        // The default store: its reads and writes are the first to notice a cancelled turn.
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["Storage:Sqlite:Folder"] = _folder.FullName };
        using var host = new BotHost(settings, services =>
        {
            services.AddSingleton<IBotEndpoint>(provider => held = new HeldBot(ActivatorUtilities.CreateInstance<LocalDirectLineBridge>(provider)));
            services.AddSingleton<IStartupFilter>(hangUps);
        });
        var client = new DirectLineClient(host.CreateHttpClient());
        var conversation = await client.StartAsync();

        using var page = new CancellationTokenSource();
        var hungUp = hangUps.NextRequestHungUp();
        var post = client.PostMessageAsync(conversation, "hello", page.Token);
        await held!.Arrived.Task.WaitAsync(Patience);
        await page.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post);
        // Once the server has seen the page hang up, whatever it does with that, the turn goes on.
        await hungUp.WaitAsync(Patience);
        held.Release.SetResult();

        var sent = await client.PollUntilAsync(conversation, activity => (string?)activity["text"] == "hello");
        var answer = await client.PollUntilAsync(conversation, activity => DirectLineClient.IsBotReplyTo(activity, (string)sent["id"]!));

        // The bot's real answer (its welcome and disclaimer card), not the apology of a turn cut off half-way.
        Assert.Contains("not medical advice", answer.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(await client.GetAllAsync(conversation), activity => ((string?)activity["text"])?.Contains("went wrong", StringComparison.Ordinal) == true);
    }

    /// <summary>The bot, holding each message until released, as a slow turn on a busy server would.</summary>
    private sealed class HeldBot(IBotEndpoint bot) : IBotEndpoint
    {
        public TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task DeliverAsync(Activity activity, CancellationToken cancellationToken)
        {
            if (activity.Type == ActivityTypes.Message)
            {
                Arrived.TrySetResult();
                await Release.Task;
            }

            await bot.DeliverAsync(activity, cancellationToken);
        }
    }
}
