using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Templating;

/// <summary>
/// What a binding can see: the current <c>$data</c>, the whole view model as <c>$root</c>, and the position in a
/// repeated array as <c>$index</c>. A C# <c>null</c> means "missing", which is distinct from a JSON null.
/// </summary>
internal sealed record TemplateScope(JToken? Data, JToken Root, int? Index)
{
    public TemplateScope Rebind(JToken? data, int? index) => this with { Data = data, Index = index };
}
