using System.Security.Claims;
using BackStrength.Bot.Hosting.Connector;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BackStrength.Bot.Tests;

/// <summary>
/// The SDK's channel clients are built once per channel and used again by the next turns, instead of once per turn:
/// building them was the largest single cost of a turn in the load benchmark.
/// </summary>
public sealed class ReusedChannelClientsTests
{
    private const string TeamsEurope = "https://smba.trafficmanager.net/emea/";
    private const string TeamsAmericas = "https://smba.trafficmanager.net/amer/";

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 27, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Turns_to_the_same_channel_share_one_connector_client_that_outlives_each_turn()
    {
        var authentication = Authentication();

        var firstTurn = await ConnectorClientForTurnAsync(authentication, TeamsEurope);
        firstTurn.Dispose();
        var secondTurn = await ConnectorClientForTurnAsync(authentication, TeamsEurope);

        Assert.Same(firstTurn.Conversations, secondTurn.Conversations);
        // The SDK disposes each turn's client when the turn ends; the kept one must still be able to send.
        Assert.NotNull(((Conversations)secondTurn.Conversations).Client.HttpClient);
    }

    [Fact]
    public async Task Each_channel_address_has_its_own_connector_client()
    {
        var authentication = Authentication();

        var europe = await ConnectorClientForTurnAsync(authentication, TeamsEurope);
        var americas = await ConnectorClientForTurnAsync(authentication, TeamsAmericas);

        Assert.NotSame(europe.Conversations, americas.Conversations);
        Assert.Equal(new Uri(TeamsAmericas), americas.BaseUri);
    }

    [Fact]
    public async Task Proactive_turns_and_the_user_token_client_reuse_their_clients_too()
    {
        var authentication = Authentication();
        var anonymous = new ClaimsIdentity();

        var reminder = await authentication.CreateConnectorFactory(anonymous).CreateAsync(TeamsEurope, null!, CancellationToken.None);
        var nextReminder = await authentication.CreateConnectorFactory(anonymous).CreateAsync(TeamsEurope, null!, CancellationToken.None);
        using var tokens = await authentication.CreateUserTokenClientAsync(anonymous, CancellationToken.None);
        using var nextTokens = await authentication.CreateUserTokenClientAsync(anonymous, CancellationToken.None);

        Assert.Same(reminder.Conversations, nextReminder.Conversations);
        // Both are the kept client as a turn sees it, which the turn's dispose leaves open.
        Assert.IsType<SharedUserTokenClient>(tokens);
        Assert.IsType<SharedUserTokenClient>(nextTokens);
    }

    [Fact]
    public async Task A_client_is_built_again_after_its_keeping_time()
    {
        var clients = Clients(keepFor: TimeSpan.FromMinutes(2));
        var built = 0;
        Task<object> Build() => Task.FromResult<object>(++built);

        var first = await clients.GetAsync("channel", Build);
        _clock.Advance(TimeSpan.FromSeconds(119));
        var stillKept = await clients.GetAsync("channel", Build);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var rebuilt = await clients.GetAsync("channel", Build);

        Assert.Equal((1, true), ((int)first.Client, first.Reused));
        Assert.Equal(1, (int)stillKept.Client);
        Assert.Equal(2, (int)rebuilt.Client);
    }

    [Fact]
    public async Task Beyond_the_cap_new_addresses_get_a_client_of_their_own_and_kept_ones_stay()
    {
        var clients = Clients(maxKept: 2);
        var built = 0;
        Task<object> Build() => Task.FromResult<object>(++built);

        await clients.GetAsync("a", Build);
        await clients.GetAsync("b", Build);
        var overflow = await clients.GetAsync("c", Build);
        var overflowAgain = await clients.GetAsync("c", Build);
        var kept = await clients.GetAsync("a", Build);

        Assert.False(overflow.Reused);
        Assert.Equal(4, (int)overflowAgain.Client);
        Assert.Equal((1, true), ((int)kept.Client, kept.Reused));
    }

    [Fact]
    public async Task A_client_that_failed_to_build_is_not_kept()
    {
        var clients = Clients();

        await Assert.ThrowsAsync<HttpRequestException>(() => clients.GetAsync("channel", () => Task.FromException<object>(new HttpRequestException("token endpoint down"))));
        var next = await clients.GetAsync("channel", () => Task.FromResult<object>("built"));

        Assert.Equal("built", next.Client);
    }

    [Fact]
    public async Task A_keeping_time_of_zero_builds_a_client_for_every_turn_that_the_turn_disposes()
    {
        var clients = Clients(keepFor: TimeSpan.Zero);
        var built = 0;

        var first = await clients.GetAsync("channel", () => Task.FromResult<object>(++built));
        var second = await clients.GetAsync("channel", () => Task.FromResult<object>(++built));

        Assert.Equal((1, false), ((int)first.Client, first.Reused));
        Assert.Equal((2, false), ((int)second.Client, second.Reused));
    }

    private static async Task<IConnectorClient> ConnectorClientForTurnAsync(BotFrameworkAuthentication authentication, string serviceUrl)
    {
        var activity = new Activity(ActivityTypes.Message) { ServiceUrl = serviceUrl, ChannelId = "msteams" };
        var result = await authentication.AuthenticateRequestAsync(activity, authHeader: null!, CancellationToken.None);
        return await result.ConnectorFactory.CreateAsync(serviceUrl, result.Audience, CancellationToken.None);
    }

    private ClientReusingAuthentication Authentication() =>
        new(new ConfigurationBotFrameworkAuthentication(new ConfigurationBuilder().Build()), new(Options(), _clock), new(Options(), _clock));

    private ReusedChannelClients<object> Clients(TimeSpan? keepFor = null, int maxKept = 64) =>
        new(Options(keepFor ?? TimeSpan.FromMinutes(2), maxKept), _clock);

    private static IOptions<ReusedChannelClientsOptions> Options(TimeSpan? keepFor = null, int maxKept = 64) =>
        Microsoft.Extensions.Options.Options.Create(new ReusedChannelClientsOptions { KeepFor = keepFor ?? TimeSpan.FromMinutes(2), MaxKept = maxKept });
}
