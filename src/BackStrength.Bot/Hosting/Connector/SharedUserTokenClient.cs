using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Hosting.Connector;

/// <summary>
/// A kept UserTokenClient as one turn sees it: every call goes to the kept client, and the turn's dispose at its end
/// leaves the kept client open for the next turns.
/// </summary>
internal sealed class SharedUserTokenClient(UserTokenClient kept) : UserTokenClient
{
    public override Task<TokenResponse> GetUserTokenAsync(string userId, string connectionName, string channelId, string magicCode, CancellationToken cancellationToken) =>
        kept.GetUserTokenAsync(userId, connectionName, channelId, magicCode, cancellationToken);

    public override Task<SignInResource> GetSignInResourceAsync(string connectionName, Activity activity, string finalRedirect, CancellationToken cancellationToken) =>
        kept.GetSignInResourceAsync(connectionName, activity, finalRedirect, cancellationToken);

    public override Task SignOutUserAsync(string userId, string connectionName, string channelId, CancellationToken cancellationToken) =>
        kept.SignOutUserAsync(userId, connectionName, channelId, cancellationToken);

    public override Task<TokenStatus[]> GetTokenStatusAsync(string userId, string channelId, string includeFilter, CancellationToken cancellationToken) =>
        kept.GetTokenStatusAsync(userId, channelId, includeFilter, cancellationToken);

    public override Task<Dictionary<string, TokenResponse>> GetAadTokensAsync(string userId, string connectionName, string[] resourceUrls, string channelId, CancellationToken cancellationToken) =>
        kept.GetAadTokensAsync(userId, connectionName, resourceUrls, channelId, cancellationToken);

    public override Task<TokenResponse> ExchangeTokenAsync(string userId, string connectionName, string channelId, TokenExchangeRequest exchangeRequest, CancellationToken cancellationToken) =>
        kept.ExchangeTokenAsync(userId, connectionName, channelId, exchangeRequest, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        // The kept client outlives this turn; ReusedChannelClients owns it.
    }
}
