using System.Net;
using System.Text.RegularExpressions;

namespace BackStrength.Bot.Bots;

/// <summary>
/// The words of a message Teams formatted as HTML. Left in, the tags and entities became words of their own
/// ("p", "nbsp") and a plain "no" in a paragraph was no longer a plain no.
/// </summary>
public static partial class HtmlText
{
    /// <summary>
    /// The text without its tags, each paragraph or line break on a line of its own and entities such as &amp;nbsp;
    /// turned back into characters. Only real tags go: "pain &lt;3" keeps its "&lt;".
    /// </summary>
    public static string Flatten(string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return string.Empty;
        }

        var text = Tag().Replace(LineEnd().Replace(html, "\n"), " ");
        return WebUtility.HtmlDecode(text).Replace('\u00A0', ' ').Trim();
    }

    [GeneratedRegex("""<br\s*/?>|</(p|div|li|h[1-6]|tr)>""", RegexOptions.IgnoreCase)]
    private static partial Regex LineEnd();

    [GeneratedRegex("""</?[a-z][a-z0-9:-]*(\s[^<>]*)?/?>""", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
