using System.Globalization;
using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Templating.Expressions;

/// <summary>
/// Recursive-descent parser. Precedence, loosest first: <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>,
/// <c>&lt; &gt; &lt;= &gt;=</c>, <c>!</c>, then member access, indexers and calls.
/// </summary>
internal sealed class ExpressionParser
{
    private readonly string _source;
    private readonly IReadOnlyList<Token> _tokens;
    private int _next;

    private ExpressionParser(string source)
    {
        _source = source;
        _tokens = ExpressionTokenizer.Tokenize(source);
    }

    public static Expression Parse(string source)
    {
        var parser = new ExpressionParser(source);
        var expression = parser.ParseOr();
        parser.Expect(TokenKind.End, string.Empty);
        return expression;
    }

    private Token Current => _tokens[_next];

    private Expression ParseOr() => ParseBinary(ParseAnd, "||");

    private Expression ParseAnd() => ParseBinary(ParseEquality, "&&");

    private Expression ParseEquality() => ParseBinary(ParseComparison, "==", "!=");

    private Expression ParseComparison() => ParseBinary(ParseUnary, "<", ">", "<=", ">=");

    private Expression ParseBinary(Func<Expression> parseOperand, params string[] operators)
    {
        var left = parseOperand();
        while (Current.Kind == TokenKind.Operator && operators.Contains(Current.Text))
        {
            var op = Take().Text;
            left = new BinaryExpression(op, left, parseOperand());
        }

        return left;
    }

    private Expression ParseUnary() => TryTake("!") ? new NotExpression(ParseUnary()) : ParsePostfix(ParsePrimary());

    private Expression ParsePostfix(Expression target)
    {
        while (true)
        {
            if (TryTake("."))
            {
                target = new MemberExpression(target, Expect(TokenKind.Identifier, "a property name").Text);
            }
            else if (TryTake("["))
            {
                target = new IndexExpression(target, ParseOr());
                Expect(TokenKind.Operator, "]");
            }
            else
            {
                return target;
            }
        }
    }

    private Expression ParsePrimary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new LiteralExpression(ParseNumber(token));
            case TokenKind.String:
                return new LiteralExpression(new JValue(token.Text));
            case TokenKind.Identifier when Current.Text == "(" && Current.Kind == TokenKind.Operator:
                return ParseCall(token);
            case TokenKind.Identifier:
                return token.Text switch
                {
                    "true" => new LiteralExpression(new JValue(true)),
                    "false" => new LiteralExpression(new JValue(false)),
                    "null" => new LiteralExpression(JValue.CreateNull()),
                    _ => new IdentifierExpression(token.Text),
                };
            case TokenKind.Operator when token.Text == "(":
                var inner = ParseOr();
                Expect(TokenKind.Operator, ")");
                return inner;
            default:
                throw Error(token, "a value");
        }
    }

    private FunctionCallExpression ParseCall(Token name)
    {
        var function = TemplateFunctions.Find(name.Text)
            ?? throw new TemplateSyntaxException($"Unknown function '{name.Text}' in \"{_source}\".");
        Take();
        var arguments = new List<Expression>();
        if (!TryTake(")"))
        {
            do
            {
                arguments.Add(ParseOr());
            }
            while (TryTake(","));
            Expect(TokenKind.Operator, ")");
        }

        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
        {
            throw new TemplateSyntaxException($"Function '{function.Name}' got {arguments.Count} argument(s) in \"{_source}\".");
        }

        return new FunctionCallExpression(function, arguments);
    }

    private JValue ParseNumber(Token token)
    {
        if (long.TryParse(token.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var integer))
        {
            return new JValue(integer);
        }

        return double.TryParse(token.Text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var real)
            ? new JValue(real)
            : throw Error(token, "a number");
    }

    private Token Take() => _tokens[_next < _tokens.Count - 1 ? _next++ : _next];

    private bool TryTake(string op)
    {
        if (Current.Kind != TokenKind.Operator || Current.Text != op)
        {
            return false;
        }

        _next++;
        return true;
    }

    private Token Expect(TokenKind kind, string text)
    {
        var token = Current;
        var matches = token.Kind == kind && (kind != TokenKind.Operator || token.Text == text);
        if (!matches)
        {
            throw Error(token, kind == TokenKind.End ? "the end of the expression" : $"'{text}'");
        }

        return Take();
    }

    private TemplateSyntaxException Error(Token token, string expected) => new(
        $"Expected {expected} at {token.Position} but found '{token.Text}' in \"{_source}\".");
}
