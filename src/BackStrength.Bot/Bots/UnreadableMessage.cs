using System.Globalization;
using BackStrength.Understanding;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Bots;

/// <summary>Why a message cannot be read as words the bot understands, if it cannot.</summary>
public enum Unreadable
{
    /// <summary>Readable: it has words in a Latin script, a card's data, or nothing at all.</summary>
    No,

    /// <summary>Only a picture, a file, a GIF or a sticker, with no words typed beside it.</summary>
    AttachmentOnly,

    /// <summary>Words, but none in the Latin alphabet (Arabic, Chinese, Cyrillic...), which the bot cannot read.</summary>
    OtherScript,

    /// <summary>Words in the Latin alphabet, but clearly in another language ("hola, me duele la espalda").</summary>
    OtherLanguage,
}

/// <summary>Tells messages the bot cannot read from those its conversation should answer.</summary>
public static class UnreadableMessage
{
    public static Unreadable Of(IMessageActivity message, IntentRecognizer recognizer)
    {
        if (message.Value is not null)
        {
            return Unreadable.No;
        }

        // Teams sends a pasted picture, a GIF or a sticker as attachments (the picture, or the message's HTML holding
        // it), often with an empty text or one holding only the image's HTML tag.
        var words = Words(message.Text);
        if (words.Length == 0)
        {
            return message.Attachments?.Any(IsPictureOrFile) == true ? Unreadable.AttachmentOnly : Unreadable.No;
        }

        var letters = words.Where(char.IsLetter).ToList();
        return letters.Count > 0 && !letters.Any(IsLatin) ? Unreadable.OtherScript
            : recognizer.IsOtherLanguage(HtmlText.Flatten(message.Text)) ? Unreadable.OtherLanguage
            : Unreadable.No;
    }

    /// <summary>Anything but the HTML copy of the message Teams attaches, unless that copy holds a picture (a sticker).</summary>
    private static bool IsPictureOrFile(Attachment attachment) =>
        attachment.ContentType != "text/html" || (attachment.Content as string)?.Contains("<img", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The text without HTML tags, entities, spaces or invisible characters.</summary>
    private static string Words(string? text) =>
        new([.. HtmlText.Flatten(text).Where(character => !char.IsWhiteSpace(character) && !IsInvisible(character))]);

    private static bool IsInvisible(char character) =>
        CharUnicodeInfo.GetUnicodeCategory(character) is UnicodeCategory.Format or UnicodeCategory.Control;

    // Basic Latin through Latin Extended-B, plus Latin Extended Additional: English and every accented Latin letter.
    private static bool IsLatin(char letter) => letter <= '\u024F' || letter is >= '\u1E00' and <= '\u1EFF';
}
