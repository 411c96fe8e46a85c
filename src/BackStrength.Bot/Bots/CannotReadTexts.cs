namespace BackStrength.Bot.Bots;

/// <summary>What the bot says about messages it cannot read, bound from the "CannotRead" section of Content/conversation.json.</summary>
public sealed class CannotReadTexts
{
    public const string Section = "CannotRead";

    /// <summary>The reply to a picture, file, GIF or sticker sent without words.</summary>
    public string Attachment { get; set; } = string.Empty;

    /// <summary>The reply to words the bot cannot read as English: in another alphabet, or clearly in another language.</summary>
    public string OtherScript { get; set; } = string.Empty;

    /// <summary>Said after either of those when no question is waiting: how to begin.</summary>
    public string NothingWaiting { get; set; } = string.Empty;

    /// <summary>The reply to a message edited in Teams, whose new words the bot does not take as an answer.</summary>
    public string Edit { get; set; } = string.Empty;
}
