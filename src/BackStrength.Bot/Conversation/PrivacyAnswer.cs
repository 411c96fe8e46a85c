using System.Globalization;
using BackStrength.Storage.Configuration;
using Microsoft.Extensions.Options;

namespace BackStrength.Bot.Conversation;

/// <summary>
/// What the bot says when asked what it keeps about someone, with this deployment's own retention period, so the
/// chat never promises a deletion the store does not make.
/// </summary>
public sealed class PrivacyAnswer(IOptions<ConversationTexts> texts, IOptions<StorageOptions> storage)
{
    public string Text { get; } = string.Format(
        CultureInfo.InvariantCulture, texts.Value.Privacy, (int)Math.Ceiling(storage.Value.IdleStateExpiry.TotalDays));
}
