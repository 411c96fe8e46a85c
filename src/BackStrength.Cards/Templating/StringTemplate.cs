using System.Text;
using BackStrength.Cards.Templating.Expressions;
using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Templating;

/// <summary>
/// A JSON string from a template, split into literal text and <c>${...}</c> bindings. A string that is exactly
/// one binding keeps the bound value's JSON type; otherwise the bindings are interpolated as text.
/// </summary>
internal sealed class StringTemplate
{
    private readonly IReadOnlyList<Segment> _segments;

    private StringTemplate(IReadOnlyList<Segment> segments) => _segments = segments;

    public bool HasBindings => _segments.Any(segment => segment.Binding is not null);

    private bool IsWholeBinding => _segments is [{ Binding: not null }];

    public static StringTemplate Parse(string text)
    {
        var segments = new List<Segment>();
        var literalStart = 0;
        var position = 0;
        while ((position = text.IndexOf("${", position, StringComparison.Ordinal)) >= 0)
        {
            var end = FindClosingBrace(text, position + 2);
            if (end < 0)
            {
                // An unclosed "${" is literal text, like in the official engine.
                break;
            }

            if (position > literalStart)
            {
                segments.Add(new Segment(text[literalStart..position], null));
            }

            segments.Add(new Segment(text[position..(end + 1)], ExpressionParser.Parse(text[(position + 2)..end])));
            position = literalStart = end + 1;
        }

        if (literalStart < text.Length)
        {
            segments.Add(new Segment(text[literalStart..], null));
        }

        return new StringTemplate(segments);
    }

    /// <summary>
    /// The value this string expands to, or null (missing) when it is a single binding to a missing value.
    /// <paramref name="escapeMarkdown"/> escapes bound strings (never the template's own text), except paths
    /// ending in "Markdown", which the view model marks as trusted. A bound object or array is the view model's
    /// own token, to be written out, not modified.
    /// </summary>
    public JToken? Expand(TemplateScope scope, bool escapeMarkdown)
    {
        if (IsWholeBinding)
        {
            var value = _segments[0].Binding!.Evaluate(scope);
            return value?.Type == JTokenType.String ? new JValue(BoundText(_segments[0], value, escapeMarkdown)) : value;
        }

        var text = new StringBuilder();
        foreach (var segment in _segments)
        {
            text.Append(segment.Binding is null ? segment.Text : BoundText(segment, segment.Binding.Evaluate(scope), escapeMarkdown));
        }

        return new JValue(text.ToString());
    }

    private static string BoundText(Segment segment, JToken? value, bool escapeMarkdown)
    {
        var text = JsonValues.ToText(value);
        var trusted = segment.Binding!.PathLeafName?.EndsWith("Markdown", StringComparison.Ordinal) == true;
        return escapeMarkdown && !trusted ? MarkdownEscaper.Escape(text) : text;
    }

    /// <summary>Finds the "}" closing a binding, skipping braces inside quoted strings.</summary>
    private static int FindClosingBrace(string text, int start)
    {
        char? quote = null;
        var depth = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}' && depth-- == 0)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record Segment(string Text, Expression? Binding);
}
