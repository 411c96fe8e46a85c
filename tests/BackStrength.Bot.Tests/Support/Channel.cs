namespace BackStrength.Bot.Tests.Support;

/// <summary>The two ways a transcript reaches the bot: the SDK's TestAdapter, or HTTP with expectReplies.</summary>
public static class Channel
{
    public const string Sdk = "TestAdapter";
    public const string Http = "HTTP";

    public static TheoryData<string> Both => [Sdk, Http];

    public static Chat Open(BotHost host, string via) => via switch
    {
        Sdk => new SdkChat(host),
        Http => new HttpChat(host.CreateClient()),
        _ => throw new ArgumentOutOfRangeException(nameof(via), via, "Unknown channel"),
    };

    /// <summary>The same person in a fresh conversation.</summary>
    public static Chat Reopen(Chat chat) => chat switch
    {
        SdkChat sdk => sdk.NewConversation(),
        HttpChat http => http.NewConversation(),
        _ => throw new ArgumentOutOfRangeException(nameof(chat)),
    };
}
