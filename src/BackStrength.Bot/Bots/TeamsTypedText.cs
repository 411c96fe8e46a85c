using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Bots;

/// <summary>
/// What the person typed, out of the HTML Teams wraps it in. A reply that quotes an earlier message carries that
/// message in a quote block: often the bot's own question, whose words (a list of warning signs, "0 to 10") would
/// otherwise be read as the answer. And Teams does not send an emoji as a character: it puts a small picture of it in
/// the message's HTML, with the character as its alt text, and often leaves the plain text empty.
/// </summary>
public static partial class TeamsTypedText
{
    private const string HtmlContentType = "text/html";

    /// <summary>
    /// The message's text as plain text, without quoted messages and with each emoji picture replaced by its
    /// character; when that leaves nothing to read, the same from the HTML copy of the message Teams attaches. Other
    /// pictures (a pasted photo, a sticker) are dropped.
    /// </summary>
    public static string Of(IMessageActivity message)
    {
        var text = HtmlText.Flatten(Typed(message.Text));
        var html = message.Attachments?.FirstOrDefault(attachment => attachment.ContentType == HtmlContentType)?.Content as string;
        return text.Length > 0 || html is null ? text : HtmlText.Flatten(Typed(html));
    }

    private static string Typed(string? html) => html is null ? string.Empty : EmojiImage().Replace(QuotedReply().Replace(html, " "), AltText);

    private static string AltText(Match emoji) =>
        emoji.Value.Contains("schema.skype.com/Emoji", StringComparison.OrdinalIgnoreCase)
        || emoji.Value.Contains("statics.teams.cdn.office.net", StringComparison.OrdinalIgnoreCase)
            ? $" {WebUtility.HtmlDecode(emoji.Groups["alt"].Value)} "
            : emoji.Value;

    [GeneratedRegex("""<img\b[^>]*?\balt="(?<alt>[^"]*)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex EmojiImage();

    [GeneratedRegex("""<blockquote\b[^>]*schema\.skype\.com/Reply[^>]*>.*?</blockquote>""", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex QuotedReply();
}
