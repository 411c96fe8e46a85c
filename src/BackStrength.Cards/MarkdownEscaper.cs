using System.Text;
using System.Text.RegularExpressions;

namespace BackStrength.Cards;

/// <summary>
/// Makes text display literally in an Adaptive Card TextBlock, whose markdown subset has bold, italic, links
/// and lists. Only characters that could start formatting are escaped, so ordinary sentences stay readable.
/// </summary>
public static partial class MarkdownEscaper
{
    private const string InlineSpecials = "\\*_`[]<>~|";

    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (InlineSpecials.Contains(c))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        // A line starting "- ", "+ ", "# " or "1. " would become a list or heading.
        return LineStartMarker().Replace(escaped.ToString(), match => $"{match.Groups["lead"].Value}\\{match.Groups["marker"].Value}");
    }

    [GeneratedRegex(@"^(?<lead>[ \t]*\d*)(?<marker>[-+#.)])(?=\s|$)", RegexOptions.Multiline)]
    private static partial Regex LineStartMarker();
}
