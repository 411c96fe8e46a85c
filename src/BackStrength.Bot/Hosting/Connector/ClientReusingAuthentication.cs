using System.Security.Claims;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Builder.Skills;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Hosting.Connector;

/// <summary>
/// The SDK's authentication from configuration, unchanged, except that the connector and user-token clients it
/// builds for a turn are kept for the next turns (see <see cref="ReusedChannelClients{TClient}"/>).
/// </summary>
public sealed class ClientReusingAuthentication(
    ConfigurationBotFrameworkAuthentication inner,
    ReusedChannelClients<IConnectorClient> connectorClients,
    ReusedChannelClients<UserTokenClient> userTokenClients) : BotFrameworkAuthentication
{
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Reusing(await inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken));

    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Reusing(await inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken));

    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new ReusingConnectorFactory(inner.CreateConnectorFactory(claimsIdentity), Identity(claimsIdentity), connectorClients);

    public override async Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken)
    {
        var (client, reused) = await userTokenClients.GetAsync(Identity(claimsIdentity), () => inner.CreateUserTokenClientAsync(claimsIdentity, cancellationToken));
        return reused ? new SharedUserTokenClient(client) : client;
    }

    public override BotFrameworkClient CreateBotFrameworkClient() => inner.CreateBotFrameworkClient();

    public override string GetOriginatingAudience() => inner.GetOriginatingAudience();

    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

    private AuthenticateRequestResult Reusing(AuthenticateRequestResult result)
    {
        result.ConnectorFactory = new ReusingConnectorFactory(result.ConnectorFactory, Identity(result.ClaimsIdentity), connectorClients);
        return result;
    }

    /// <summary>Who the SDK builds clients for: the claims it reads the bot's app id from (empty when unsigned).</summary>
    private static string Identity(ClaimsIdentity claimsIdentity) =>
        $"{claimsIdentity.FindFirst(AuthenticationConstants.AudienceClaim)?.Value}\n{claimsIdentity.FindFirst(AuthenticationConstants.AppIdClaim)?.Value}";
}
