using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Templating.Expressions;

/// <summary>
/// A built-in function. Arguments arrive unevaluated so <c>if</c> can skip the branch it does not take.
/// </summary>
internal sealed record TemplateFunction(
    string Name,
    int MinArguments,
    int MaxArguments,
    Func<IReadOnlyList<Expression>, TemplateScope, JToken?> Invoke);
