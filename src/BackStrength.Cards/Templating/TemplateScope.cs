using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Templating;

/// <summary>
/// What a binding can see: the current <c>$data</c>, the whole view model as <c>$root</c>, and the position in a
/// repeated array as <c>$index</c>, plus the iterator variable of an enclosing <c>select</c>. A C# <c>null</c>
/// means "missing", which is distinct from a JSON null.
/// </summary>
internal sealed record TemplateScope(JToken? Data, JToken Root, int? Index)
{
    private (string Name, JToken Value)? _variable;

    public TemplateScope Rebind(JToken? data, int? index) => this with { Data = data, Index = index };

    public TemplateScope WithVariable(string name, JToken value) => this with { _variable = (name, value) };

    public bool TryGetVariable(string name, out JToken? value)
    {
        value = _variable is { } variable && variable.Name == name ? variable.Value : null;
        return value is not null;
    }
}
