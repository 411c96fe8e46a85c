using BackStrength.Storage;
using BackStrength.Storage.Serialization;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace BackStrength.Bot.State;

/// <summary>
/// Loading and saving for <see cref="ChangeCheckedConversationState"/> and <see cref="ChangeCheckedUserState"/>. The
/// SDK's BotState tells whether a turn changed its state by serialising all of it with Json.NET's defaults as it loads,
/// again before saving and once more after writing: five serialisations a turn for the two states, which cost a
/// tenth of a turn's CPU, five times what writing them takes. Here the state's text now, as the store writes it,
/// is compared with the text it was read from (<see cref="StoredStateText"/>): one serialisation a state, which a
/// store that takes it (<see cref="IStoredTextWriter"/>) then writes as it is. The outcome is the SDK's: a state a
/// turn did not change is not written, and a new state left empty is not created. One difference: a document stored
/// in an older layout reads back to different text, so the first turn that loads it rewrites it in the current one.
/// </summary>
internal static class StateChangeCheck
{
    private static readonly string EmptyStateText = StoredStateText.Of(new Dictionary<string, object>());

    /// <summary>Follows <see cref="BotState.LoadAsync"/>, and keeps the text the state was read from.</summary>
    public static async Task LoadAsync(BotState state, IStorage storage, string storageKey, ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        if (!force && state.GetCachedState(turnContext)?.State is not null)
        {
            return;
        }

        var found = await storage.ReadAsync([storageKey], cancellationToken).ConfigureAwait(false);
        var (loaded, text) = found.TryGetValue(storageKey, out var value) switch
        {
            false => ((IDictionary<string, object>)new Dictionary<string, object>(), EmptyStateText),
            true when value is IDictionary<string, object> stored => (stored, StoredStateText.ReadFrom(stored) ?? StoredStateText.Of(stored)),
            // A store without type names hands back JSON objects, which the SDK converts the same way.
            true when value is JObject json => Converted(json.ToObject<IDictionary<string, object>>()!),
            _ => throw new InvalidOperationException("Data is not in the correct format for BotState."),
        };

        // Clearing puts an empty cache entry in the turn (the cache's key is the SDK's own), which then takes the state.
        await state.ClearStateAsync(turnContext, cancellationToken).ConfigureAwait(false);
        state.GetCachedState(turnContext).State = loaded;
        turnContext.TurnState[BaselineKey(state)] = new Baseline(loaded, text);
    }

    /// <summary>
    /// Follows <see cref="BotState.SaveChangesAsync"/>: writes the state if <paramref name="force"/>d or if its text
    /// differs from the one it was read from or last written as. A state cleared this turn is always written.
    /// </summary>
    public static async Task SaveChangesAsync(BotState state, IStorage storage, string storageKey, ITurnContext turnContext, bool force, CancellationToken cancellationToken)
    {
        if (state.GetCachedState(turnContext)?.State is not { } current)
        {
            return;
        }

        var text = StoredStateText.Of(current);
        var baseline = turnContext.TurnState.Get<Baseline>(BaselineKey(state));
        if (!force && baseline is not null && ReferenceEquals(baseline.State, current) && baseline.Text == text)
        {
            return;
        }

        await storage.WriteStateTextAsync(storageKey, current, text, cancellationToken).ConfigureAwait(false);

        turnContext.TurnState[BaselineKey(state)] = new Baseline(current, text);
    }

    private static (IDictionary<string, object> State, string Text) Converted(IDictionary<string, object> state) => (state, StoredStateText.Of(state));

    private static string BaselineKey(BotState state) => $"{state.GetType().FullName}.StoredText";

    /// <summary>The state as the turn loaded or last saved it, and its text then.</summary>
    private sealed record Baseline(IDictionary<string, object> State, string Text);
}
