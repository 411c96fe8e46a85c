using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace BackStrength.Bot.Hosting.Connector;

/// <summary>The SDK's connector factory for one app identity, handing out its kept clients instead of new ones.</summary>
internal sealed class ReusingConnectorFactory(ConnectorFactory inner, string identity, ReusedChannelClients<IConnectorClient> clients) : ConnectorFactory
{
    public override async Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken)
    {
        var (client, reused) = await clients.GetAsync($"{identity}\n{serviceUrl}\n{audience}", () => inner.CreateAsync(serviceUrl, audience, cancellationToken));
        return reused ? new SharedConnectorClient(client) : client;
    }
}
