using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Templating.Expressions;

/// <summary>
/// The subset of the Adaptive Expressions built-in functions our card layouts use. Arguments of the wrong kind
/// give missing (null) rather than an exception, so odd data hides a binding instead of failing the whole card.
/// </summary>
internal static class TemplateFunctions
{
    private static readonly Dictionary<string, TemplateFunction> ByName = new TemplateFunction[]
    {
        new("count", 1, 1, (args, scope) => Count(args[0].Evaluate(scope))),
        new("exists", 1, 1, (args, scope) => new JValue(!JsonValues.IsMissingOrNull(args[0].Evaluate(scope)))),
        new("empty", 1, 1, (args, scope) => new JValue(IsEmpty(args[0].Evaluate(scope)))),
        new("if", 3, 3, (args, scope) => JsonValues.IsTruthy(args[0].Evaluate(scope)) ? args[1].Evaluate(scope) : args[2].Evaluate(scope)),
        new("join", 2, 2, (args, scope) => Join(args[0].Evaluate(scope), args[1].Evaluate(scope))),
        new("concat", 1, int.MaxValue, (args, scope) => Concat(args.Select(arg => arg.Evaluate(scope)).ToList())),
        new("string", 1, 1, (args, scope) => new JValue(JsonValues.ToText(args[0].Evaluate(scope)))),
        new("add", 2, 2, (args, scope) => Add(args[0].Evaluate(scope), args[1].Evaluate(scope))),
        new("select", 3, 3, Select),
    }.ToDictionary(function => function.Name, StringComparer.Ordinal);

    public static TemplateFunction? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary><c>select(items, x, x.name)</c>: the official map function, with an iterator variable.</summary>
    private static JArray? Select(IReadOnlyList<Expression> args, TemplateScope scope) =>
        (args[0].Evaluate(scope), args[1]) is (JArray items, IdentifierExpression iterator)
            ? new JArray(items.Select(item => args[2].Evaluate(scope.WithVariable(iterator.Name, item)) ?? JValue.CreateNull()))
            : null;

    private static JValue? Count(JToken? value) => value switch
    {
        JArray array => new JValue(array.Count),
        { Type: JTokenType.String } => new JValue(value.Value<string>()!.Length),
        _ => null,
    };

    private static bool IsEmpty(JToken? value) => value switch
    {
        null => true,
        { Type: JTokenType.Null } => true,
        { Type: JTokenType.String } => value.Value<string>()!.Length == 0,
        JContainer container => !container.HasValues,
        _ => false,
    };

    private static JValue? Join(JToken? items, JToken? separator) => items is JArray array
        ? new JValue(string.Join(JsonValues.ToText(separator), array.Select(JsonValues.ToText)))
        : null;

    /// <summary>Arrays concatenate into one array; anything else concatenates as text.</summary>
    private static JToken Concat(IReadOnlyList<JToken?> values) => values.All(value => value is JArray)
        ? new JArray(values.SelectMany(value => (JArray)value!))
        : new JValue(string.Concat(values.Select(JsonValues.ToText)));

    private static JValue? Add(JToken? left, JToken? right)
    {
        if (left?.Type == JTokenType.Integer && right?.Type == JTokenType.Integer)
        {
            return new JValue(left.Value<long>() + right.Value<long>());
        }

        if (JsonValues.IsNumber(left) && JsonValues.IsNumber(right))
        {
            return new JValue(left!.Value<double>() + right!.Value<double>());
        }

        // The official add joins text when either side is a string.
        return left?.Type == JTokenType.String || right?.Type == JTokenType.String
            ? new JValue(JsonValues.ToText(left) + JsonValues.ToText(right))
            : null;
    }
}
