using System.Text;

namespace BackStrength.Cards.Templating.Expressions;

/// <summary>Splits the text inside <c>${...}</c> into tokens.</summary>
internal static class ExpressionTokenizer
{
    // Longest operators first so "<=" is not read as "<" followed by "=".
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "(", ")", "[", "]", ".", ","];

    public static IReadOnlyList<Token> Tokenize(string source)
    {
        var tokens = new List<Token>();
        var position = 0;
        while (position < source.Length)
        {
            var current = source[position];
            if (char.IsWhiteSpace(current))
            {
                position++;
            }
            else if (char.IsAsciiDigit(current))
            {
                tokens.Add(ReadWhile(source, ref position, TokenKind.Number, c => char.IsAsciiDigit(c) || c == '.'));
            }
            else if (IsIdentifierStart(current))
            {
                tokens.Add(ReadWhile(source, ref position, TokenKind.Identifier, c => IsIdentifierStart(c) || char.IsAsciiDigit(c)));
            }
            else if (current is '\'' or '"')
            {
                tokens.Add(ReadString(source, ref position));
            }
            else
            {
                tokens.Add(ReadOperator(source, ref position));
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, source.Length));
        return tokens;
    }

    private static bool IsIdentifierStart(char c) => char.IsAsciiLetter(c) || c is '_' or '$';

    private static Token ReadWhile(string source, ref int position, TokenKind kind, Func<char, bool> belongs)
    {
        var start = position;
        while (position < source.Length && belongs(source[position]))
        {
            position++;
        }

        return new Token(kind, source[start..position], start);
    }

    private static Token ReadString(string source, ref int position)
    {
        var start = position;
        var quote = source[position++];
        var text = new StringBuilder();
        while (position < source.Length && source[position] != quote)
        {
            if (source[position] == '\\' && position + 1 < source.Length)
            {
                position++;
            }

            text.Append(source[position++]);
        }

        if (position >= source.Length)
        {
            throw new TemplateSyntaxException($"Unterminated string starting at {start} in \"{source}\".");
        }

        position++;
        return new Token(TokenKind.String, text.ToString(), start);
    }

    private static Token ReadOperator(string source, ref int position)
    {
        foreach (var candidate in Operators)
        {
            if (string.CompareOrdinal(source, position, candidate, 0, candidate.Length) == 0)
            {
                var token = new Token(TokenKind.Operator, candidate, position);
                position += candidate.Length;
                return token;
            }
        }

        throw new TemplateSyntaxException($"Unexpected character '{source[position]}' at {position} in \"{source}\".");
    }
}
