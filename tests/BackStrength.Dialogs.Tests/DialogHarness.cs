using BackStrength.Dialogs;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace BackStrength.Dialogs.Tests;

/// <summary>
/// Runs a root dialog the way the bot does: RunAsync, then save the conversation state only when the turn
/// succeeded. State lives in the SDK's MemoryStorage, which serialises, so every turn reads the stack back from JSON.
/// </summary>
internal sealed class DialogHarness
{
    private readonly Dialog _root;
    private readonly ConversationReference _conversation;
    private readonly DialogRunOptions _runOptions;

    public DialogHarness(Dialog root, IStorage? storage = null, ConversationReference? conversation = null, DialogRunOptions? runOptions = null)
    {
        _root = root;
        Storage = storage ?? new MemoryStorage();
        _conversation = conversation ?? TestAdapter.CreateConversation("dialog-tests");
        _runOptions = runOptions ?? new DialogRunOptions();
    }

    public IStorage Storage { get; }

    /// <summary>The same storage and conversation, but a different root dialog: the bot after an upgrade.</summary>
    public DialogHarness WithRoot(Dialog newRoot, DialogRunOptions? runOptions = null)
        => new(newRoot, Storage, _conversation, runOptions ?? _runOptions);

    public TestFlow Flow()
    {
        var adapter = new TestAdapter(_conversation);
        var conversationState = new ConversationState(Storage);
        var accessor = conversationState.CreateProperty<DialogState>("DialogState");
        return new TestFlow(adapter, async (turnContext, cancellationToken) =>
        {
            await _root.RunAsync(turnContext, accessor, _runOptions, cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        });
    }

    /// <summary>Stores <paramref name="stack"/> as this conversation's dialog state, as an earlier bot version might have left it.</summary>
    public Task SeedAsync(DialogState stack)
    {
        var conversationState = new ConversationState(Storage);
        var accessor = conversationState.CreateProperty<DialogState>("DialogState");
        return new TestFlow(new TestAdapter(_conversation), async (turnContext, cancellationToken) =>
        {
            await accessor.SetAsync(turnContext, stack, cancellationToken);
            await conversationState.SaveChangesAsync(turnContext, false, cancellationToken);
        }).Send("seed").StartTestAsync();
    }

    /// <summary>Storage that keeps no .NET type names, so stored values come back as JObject, JArray and long.</summary>
    public static IStorage UntypedStorage() => new MemoryStorage(JsonSerializer.Create(new JsonSerializerSettings()));

    public static IStorage StorageOfKind(bool typed) => typed ? new MemoryStorage() : UntypedStorage();

    public static ConversationReference Conversation(string channelId, string? conversationType = null)
    {
        var conversation = TestAdapter.CreateConversation($"{channelId}-{conversationType ?? "none"}");
        conversation.ChannelId = channelId;
        conversation.Conversation.ConversationType = conversationType;
        return conversation;
    }
}
