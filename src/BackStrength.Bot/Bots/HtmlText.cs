using System.Net;
using System.Text.RegularExpressions;

namespace BackStrength.Bot.Bots;

/// <summary>The words of a message Teams formatted as HTML.</summary>
public static partial class HtmlText
{
    /// <summary>The text without its tags, with entities such as &amp;nbsp; turned back into characters.</summary>
    public static string Flatten(string? html) =>
        string.IsNullOrEmpty(html) ? string.Empty : WebUtility.HtmlDecode(Tag().Replace(html, " "));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
