using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Templating;

/// <summary>
/// Walks a template and produces the bound card. Values are always inserted as JSON tokens, never as JSON text,
/// so data can never add card structure. Bound strings in markdown fields (TextBlock text, fact titles and
/// values) are escaped so data cannot add formatting or links either. Parts of the layout with nothing to bind
/// are copied whole, which is most of a card.
/// </summary>
internal sealed class TemplateExpander(IReadOnlyDictionary<string, StringTemplate> bindings, IReadOnlySet<JToken> fixedParts)
{
    private const string DataKeyword = "$data";
    private const string WhenKeyword = "$when";

    /// <summary>The objects and arrays of a template that contain no binding, <c>$data</c> or <c>$when</c>.</summary>
    public static IReadOnlySet<JToken> FindFixedParts(JToken template, IReadOnlyDictionary<string, StringTemplate> bindings)
    {
        var fixedParts = new HashSet<JToken>(ReferenceEqualityComparer.Instance);
        IsFixed(template);
        return fixedParts;

        bool IsFixed(JToken token)
        {
            var isFixed = token switch
            {
                JObject element => element.Properties().Aggregate(
                    !element.ContainsKey(DataKeyword) && !element.ContainsKey(WhenKeyword),
                    (all, property) => IsFixed(property.Value) && all),
                JArray array => array.Aggregate(true, (all, item) => IsFixed(item) && all),
                { Type: JTokenType.String } => !bindings.ContainsKey(token.Value<string>()!),
                _ => true,
            };
            if (isFixed && token is JContainer)
            {
                fixedParts.Add(token);
            }
            return isFixed;
        }
    }

    /// <summary>The element expanded once, many times (array <c>$data</c>), or not at all (<c>$when</c> false).</summary>
    public IEnumerable<JToken> Expand(JToken template, TemplateScope scope, string? parentProperty)
    {
        if (fixedParts.Contains(template))
        {
            return [template.DeepClone()];
        }

        if (template is not JObject element)
        {
            return ExpandValue(template, scope, parentProperty, escapeMarkdown: false) is { } value ? [value] : [];
        }

        if (!element.TryGetValue(DataKeyword, out var dataBinding))
        {
            return ExpandElement(element, scope, parentProperty);
        }

        return ExpandValue(dataBinding, scope, null, escapeMarkdown: false) switch
        {
            JArray items => items.SelectMany((item, index) => ExpandElement(element, scope.Rebind(item, index), parentProperty)).ToList(),
            { Type: not JTokenType.Null } data => ExpandElement(element, scope.Rebind(data, scope.Index), parentProperty),
            _ => [],
        };
    }

    private IEnumerable<JToken> ExpandElement(JObject element, TemplateScope scope, string? parentProperty)
    {
        if (element.TryGetValue(WhenKeyword, out var condition) && !JsonValues.IsTruthy(ExpandValue(condition, scope, null, escapeMarkdown: false)))
        {
            return [];
        }

        var result = new JObject();
        foreach (var property in element.Properties())
        {
            if (property.Name is DataKeyword or WhenKeyword)
            {
                continue;
            }

            var escape = IsMarkdownField(element, property.Name, parentProperty);
            if (ExpandValue(property.Value, scope, property.Name, escape) is { } value)
            {
                result[property.Name] = value;
            }
        }

        return [result];
    }

    /// <summary>Expands any JSON value; null when it binds to nothing and should be left out.</summary>
    private JToken? ExpandValue(JToken value, TemplateScope scope, string? propertyName, bool escapeMarkdown)
    {
        switch (value)
        {
            case JContainer when fixedParts.Contains(value):
                return value.DeepClone();
            case JArray array:
                return new JArray(array.SelectMany(item => Expand(item, scope, propertyName)));
            case JObject child:
                var expanded = Expand(child, scope, propertyName).ToList();
                return expanded.Count switch
                {
                    0 => null,
                    1 => expanded[0],
                    _ => new JArray(expanded),
                };
            case { Type: JTokenType.String } when bindings.TryGetValue(value.Value<string>()!, out var template):
                return template.Expand(scope, escapeMarkdown);
            default:
                return value.DeepClone();
        }
    }

    private static bool IsMarkdownField(JObject element, string propertyName, string? parentProperty) =>
        (propertyName == "text" && element.Value<string>("type") == "TextBlock")
        || (parentProperty == "facts" && propertyName is "title" or "value");
}
