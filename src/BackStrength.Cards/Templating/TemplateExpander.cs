using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Cards.Templating;

/// <summary>
/// Walks a template and writes the bound card as JSON text. Values are always written as JSON values, never
/// spliced in as JSON text, so data can never add card structure. Bound strings in markdown fields (TextBlock
/// text, fact titles and values) are escaped so data cannot add formatting or links either. Parts of the layout
/// with nothing to bind are kept as JSON text and copied whole, which is most of a card: building the card as a
/// token tree first cost six times the card's size in memory for every card sent.
/// </summary>
internal sealed class TemplateExpander
{
    private const string DataKeyword = "$data";
    private const string WhenKeyword = "$when";

    private readonly IReadOnlyDictionary<string, StringTemplate> _bindings;
    private readonly Dictionary<JToken, string> _fixedParts = new(ReferenceEqualityComparer.Instance);

    public TemplateExpander(JToken template, IReadOnlyDictionary<string, StringTemplate> bindings)
    {
        _bindings = bindings;
        IsFixed(template);
    }

    /// <summary>
    /// Writes the template's single card and returns the scope it was written in (its root's own <c>$data</c>);
    /// throws when the root's <c>$data</c> or <c>$when</c> gives no card or several.
    /// </summary>
    public TemplateScope WriteCard(JObject template, TemplateScope scope, JsonWriter writer)
    {
        if (_fixedParts.TryGetValue(template, out var json))
        {
            writer.WriteRawValue(json);
            return scope;
        }

        var instances = Instances(template, scope);
        if (instances.Count != 1)
        {
            throw new InvalidOperationException("The template's root $data or $when must produce exactly one card.");
        }

        WriteElement(template, instances[0], null, writer);
        return instances[0];
    }

    /// <summary>Any template value expanded as a token; null when it binds to nothing. The result must not be modified.</summary>
    public JToken? Evaluate(JToken value, TemplateScope scope)
    {
        if (value is not JContainer || _fixedParts.ContainsKey(value))
        {
            return value.Type == JTokenType.String && _bindings.TryGetValue(value.Value<string>()!, out var template)
                ? template.Expand(scope, escapeMarkdown: false)
                : value;
        }

        using var writer = new JTokenWriter();
        WriteValue(value, scope, null, escapeMarkdown: false, writer, propertyName: null);
        return writer.Token;
    }

    /// <summary>Marks the objects and arrays that contain no binding, <c>$data</c> or <c>$when</c>, with their JSON text.</summary>
    private bool IsFixed(JToken token)
    {
        var isFixed = token switch
        {
            JObject element => element.Properties().Aggregate(
                !element.ContainsKey(DataKeyword) && !element.ContainsKey(WhenKeyword),
                (all, property) => IsFixed(property.Value) && all),
            JArray array => array.Aggregate(true, (all, item) => IsFixed(item) && all),
            { Type: JTokenType.String } => !_bindings.ContainsKey(token.Value<string>()!),
            _ => true,
        };
        if (isFixed && token is JContainer)
        {
            _fixedParts[token] = token.ToString(Formatting.None);
        }
        return isFixed;
    }

    /// <summary>The scopes an element appears in: once, once per item of an array <c>$data</c>, or not at all (<c>$when</c> false).</summary>
    private List<TemplateScope> Instances(JObject element, TemplateScope scope)
    {
        var candidates = !element.TryGetValue(DataKeyword, out var dataBinding)
            ? [scope]
            : Evaluate(dataBinding, scope) switch
            {
                JArray items => items.Select((item, index) => scope.Rebind(item, index)).ToList(),
                { Type: not JTokenType.Null } data => [scope.Rebind(data, scope.Index)],
                _ => [],
            };
        if (element.TryGetValue(WhenKeyword, out var condition))
        {
            candidates.RemoveAll(candidate => !JsonValues.IsTruthy(Evaluate(condition, candidate)));
        }

        return candidates;
    }

    /// <summary>Writes one item of an array: an element may become several items, or none.</summary>
    private void WriteItem(JToken item, TemplateScope scope, string? parentProperty, JsonWriter writer)
    {
        if (item is JObject element && !_fixedParts.ContainsKey(element))
        {
            foreach (var instance in Instances(element, scope))
            {
                WriteElement(element, instance, parentProperty, writer);
            }
        }
        else
        {
            WriteValue(item, scope, parentProperty, escapeMarkdown: false, writer, propertyName: null);
        }
    }

    private void WriteElement(JObject element, TemplateScope scope, string? parentProperty, JsonWriter writer)
    {
        writer.WriteStartObject();
        foreach (var property in element.Properties())
        {
            if (property.Name is not (DataKeyword or WhenKeyword))
            {
                var escape = IsMarkdownField(element, property.Name, parentProperty);
                WriteValue(property.Value, scope, property.Name, escape, writer, property.Name);
            }
        }

        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes a value, preceded by <paramref name="propertyName"/> when it belongs to an object. A value that binds to
    /// nothing is left out, name and all; an element repeated by its <c>$data</c> becomes an array.
    /// </summary>
    private void WriteValue(JToken value, TemplateScope scope, string? parentProperty, bool escapeMarkdown, JsonWriter writer, string? propertyName)
    {
        switch (value)
        {
            case JContainer when _fixedParts.TryGetValue(value, out var json):
                WriteName(writer, propertyName);
                writer.WriteRawValue(json);
                break;
            case JArray array:
                WriteName(writer, propertyName);
                writer.WriteStartArray();
                foreach (var item in array)
                {
                    WriteItem(item, scope, parentProperty, writer);
                }

                writer.WriteEndArray();
                break;
            case JObject element:
                var instances = Instances(element, scope);
                if (instances.Count == 0)
                {
                    break;
                }

                WriteName(writer, propertyName);
                if (instances.Count == 1)
                {
                    WriteElement(element, instances[0], parentProperty, writer);
                    break;
                }

                writer.WriteStartArray();
                instances.ForEach(instance => WriteElement(element, instance, parentProperty, writer));
                writer.WriteEndArray();
                break;
            case { Type: JTokenType.String } when _bindings.TryGetValue(value.Value<string>()!, out var template):
                if (template.Expand(scope, escapeMarkdown) is { } bound)
                {
                    WriteName(writer, propertyName);
                    bound.WriteTo(writer);
                }

                break;
            default:
                WriteName(writer, propertyName);
                value.WriteTo(writer);
                break;
        }
    }

    private static void WriteName(JsonWriter writer, string? propertyName)
    {
        if (propertyName is not null)
        {
            writer.WritePropertyName(propertyName);
        }
    }

    private static bool IsMarkdownField(JObject element, string propertyName, string? parentProperty) =>
        (propertyName == "text" && element.Value<string>("type") == "TextBlock")
        || (parentProperty == "facts" && propertyName is "title" or "value");
}
