namespace BackStrength.Cards.Templating.Expressions;

internal enum TokenKind
{
    Identifier,
    Number,
    String,
    Operator,
    End,
}

/// <summary>One lexical unit of a binding expression; <see cref="Position"/> is used in error messages.</summary>
internal sealed record Token(TokenKind Kind, string Text, int Position);
