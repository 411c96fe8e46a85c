using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Bots;

/// <summary>
/// Teams does not send an emoji as a character: it puts a small picture of it in the message's HTML (with the
/// character as the picture's alt text) and often leaves the plain text empty. Reading that HTML back gives the
/// words and emoji the person typed, so a thumbs up is an answer rather than "a picture" the bot cannot look at.
/// </summary>
public static partial class TeamsEmoji
{
    private const string HtmlContentType = "text/html";

    /// <summary>
    /// The message's text with each emoji picture replaced by its character; when the text has nothing to read, the
    /// same from the HTML copy of the message Teams attaches. Other pictures (a pasted photo, a sticker) are dropped.
    /// </summary>
    public static string? Restore(IMessageActivity message)
    {
        var text = message.Text is null ? null : EmojiImage().Replace(message.Text, AltText);
        if (!string.IsNullOrWhiteSpace(HtmlText.Flatten(text)))
        {
            return text;
        }

        var html = message.Attachments?.FirstOrDefault(attachment => attachment.ContentType == HtmlContentType)?.Content as string;
        return html is null ? text : HtmlText.Flatten(EmojiImage().Replace(html, AltText)).Trim();
    }

    private static string AltText(Match emoji) =>
        emoji.Value.Contains("schema.skype.com/Emoji", StringComparison.OrdinalIgnoreCase)
        || emoji.Value.Contains("statics.teams.cdn.office.net", StringComparison.OrdinalIgnoreCase)
            ? $" {WebUtility.HtmlDecode(emoji.Groups["alt"].Value)} "
            : emoji.Value;

    [GeneratedRegex("""<img\b[^>]*?\balt="(?<alt>[^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex EmojiImage();
}
