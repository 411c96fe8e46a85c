using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Templating.Expressions;

/// <summary>A parsed binding expression. Evaluation never throws for data problems: it yields missing (null).</summary>
internal abstract record Expression
{
    public abstract JToken? Evaluate(TemplateScope scope);

    /// <summary>The last property name of a plain path (<c>a.b.stepsMarkdown</c>), used to recognise trusted markdown.</summary>
    public virtual string? PathLeafName => null;
}

internal sealed record LiteralExpression(JToken Value) : Expression
{
    public override JToken? Evaluate(TemplateScope scope) => Value;
}

/// <summary>A bare name: a property of the current <c>$data</c>, or one of the keywords.</summary>
internal sealed record IdentifierExpression(string Name) : Expression
{
    public override JToken? Evaluate(TemplateScope scope) => scope.TryGetVariable(Name, out var variable) ? variable : Name switch
    {
        "$root" => scope.Root,
        "$data" => scope.Data,
        "$index" => scope.Index is { } index ? new JValue(index) : null,
        _ => (scope.Data as JObject)?[Name],
    };

    public override string? PathLeafName => Name;
}

internal sealed record MemberExpression(Expression Target, string Name) : Expression
{
    public override JToken? Evaluate(TemplateScope scope) => (Target.Evaluate(scope) as JObject)?[Name];

    public override string? PathLeafName => Name;
}

internal sealed record IndexExpression(Expression Target, Expression Index) : Expression
{
    public override JToken? Evaluate(TemplateScope scope)
    {
        var target = Target.Evaluate(scope);
        var index = Index.Evaluate(scope);
        return (target, index) switch
        {
            (JArray array, { Type: JTokenType.Integer }) when index.Value<long>() is var i && i >= 0 && i < array.Count => array[(int)i],
            (JObject obj, { Type: JTokenType.String }) => obj[index.Value<string>()!],
            _ => null,
        };
    }
}

internal sealed record NotExpression(Expression Operand) : Expression
{
    public override JToken? Evaluate(TemplateScope scope) => new JValue(!JsonValues.IsTruthy(Operand.Evaluate(scope)));
}

internal sealed record BinaryExpression(string Operator, Expression Left, Expression Right) : Expression
{
    public override JToken? Evaluate(TemplateScope scope) => Operator switch
    {
        // The logical operators short-circuit, like the official language.
        "&&" => new JValue(JsonValues.IsTruthy(Left.Evaluate(scope)) && JsonValues.IsTruthy(Right.Evaluate(scope))),
        "||" => new JValue(JsonValues.IsTruthy(Left.Evaluate(scope)) || JsonValues.IsTruthy(Right.Evaluate(scope))),
        "==" => new JValue(JsonValues.AreEqual(Left.Evaluate(scope), Right.Evaluate(scope))),
        "!=" => new JValue(!JsonValues.AreEqual(Left.Evaluate(scope), Right.Evaluate(scope))),
        _ => EvaluateComparison(scope),
    };

    private JValue? EvaluateComparison(TemplateScope scope)
    {
        if (JsonValues.Compare(Left.Evaluate(scope), Right.Evaluate(scope)) is not { } order)
        {
            return null;
        }

        return new JValue(Operator switch
        {
            "<" => order < 0,
            ">" => order > 0,
            "<=" => order <= 0,
            _ => order >= 0,
        });
    }
}

internal sealed record FunctionCallExpression(TemplateFunction Function, IReadOnlyList<Expression> Arguments) : Expression
{
    public override JToken? Evaluate(TemplateScope scope) => Function.Invoke(Arguments, scope);
}
