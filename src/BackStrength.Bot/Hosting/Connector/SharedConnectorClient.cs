using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace BackStrength.Bot.Hosting.Connector;

/// <summary>
/// A kept ConnectorClient as one turn sees it: every call goes to the kept client, and the turn's dispose at its end
/// leaves the kept client open for the next turns.
/// </summary>
internal sealed class SharedConnectorClient(IConnectorClient kept) : IConnectorClient
{
    public Uri BaseUri
    {
        get => kept.BaseUri;
        set => kept.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => kept.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => kept.DeserializationSettings;

    public ServiceClientCredentials Credentials => kept.Credentials;

    public IAttachments Attachments => kept.Attachments;

    public IConversations Conversations => kept.Conversations;

    public void Dispose()
    {
    }
}
