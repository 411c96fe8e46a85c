using System.Globalization;
using System.Text;
using BackStrength.Cards.Templating;
using Newtonsoft.Json;
using Newtonsoft.Json.Converters;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace BackStrength.Cards;

/// <summary>
/// An Adaptive Card layout with <c>${...}</c> bindings, following the Adaptive Cards Templating language
/// (<c>$data</c>, <c>$when</c>, <c>$root</c>, <c>$index</c> and a subset of its expression functions).
/// A binding to a missing value drops the property (or array item) it fills instead of leaving <c>${...}</c>
/// on screen; bound text inside a larger string contributes an empty string. Parse once, expand many times:
/// expansion does not modify the template and is safe to call concurrently.
/// </summary>
public sealed class CardTemplate
{
    private static readonly JsonSerializer ViewModelSerializer = JsonSerializer.Create(new JsonSerializerSettings
    {
        // C# records bind naturally: Title -> ${title}. Dictionary keys (such as exercise ids) stay as written.
        ContractResolver = new DefaultContractResolver { NamingStrategy = new CamelCaseNamingStrategy { ProcessDictionaryKeys = false } },
        NullValueHandling = NullValueHandling.Ignore,
        Converters = { new StringEnumConverter(new CamelCaseNamingStrategy()) },
    });

    private readonly JObject _template;
    private readonly TemplateExpander _expander;

    // The length of the last card written from this template: a card is a few KB, and text started at the
    // default size grew through a copy at every doubling on every card sent.
    private int _lastLength = 1024;

    private CardTemplate(JObject template, IReadOnlyDictionary<string, StringTemplate> bindings)
    {
        _template = template;
        _expander = new TemplateExpander(template, bindings);
    }

    /// <summary>Parses a template; throws <see cref="TemplateSyntaxException"/> for a malformed binding.</summary>
    public static CardTemplate Parse(string json)
    {
        // Dates stay text: the template's strings must come out exactly as written.
        using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
        var template = JObject.Load(reader);
        var bindings = template
            .Descendants()
            .Where(token => token.Type == JTokenType.String)
            .Select(token => token.Value<string>()!)
            .Distinct(StringComparer.Ordinal)
            .Select(text => (text, template: StringTemplate.Parse(text)))
            .Where(entry => entry.template.HasBindings)
            .ToDictionary(entry => entry.text, entry => entry.template, StringComparer.Ordinal);
        return new CardTemplate(template, bindings);
    }

    /// <summary>
    /// The option titles the card's choice set <paramref name="inputId"/> shows, by option value, so a question asked
    /// in chat beside the card can take the card's own wording typed in. Titles filled from data are left out.
    /// </summary>
    public IReadOnlyDictionary<string, string> ChoiceTitles(string inputId) =>
        LiteralTitles(_template
            .Descendants()
            .OfType<JObject>()
            .Where(input => input.Value<string>("type") == "Input.ChoiceSet" && input.Value<string>("id") == inputId)
            .SelectMany(input => input["choices"] as JArray ?? [])
            .OfType<JObject>()
            .Select(choice => (choice.Value<string>("value"), choice.Value<string>("title"))));

    /// <summary>
    /// The titles of the card's submit buttons, by the value each sends in its data field <paramref name="dataField"/>
    /// (the feeling card's "Too easy" by "tooEasy" in "feeling"), so an answer typed beside the card can take a button's
    /// own wording. Titles or values filled from data are left out.
    /// </summary>
    public IReadOnlyDictionary<string, string> ActionTitles(string dataField) =>
        LiteralTitles(_template
            .Descendants()
            .OfType<JObject>()
            .Where(action => action.Value<string>("type") == "Action.Submit")
            .Select(action => ((action["data"] as JObject)?[dataField] is JValue { Type: JTokenType.String } value ? value.Value<string>() : null,
                action.Value<string>("title"))));

    /// <summary>Title by value, for the pairs where neither is missing or filled from data; the first title of a value wins.</summary>
    private static Dictionary<string, string> LiteralTitles(IEnumerable<(string? Value, string? Title)> pairs) =>
        pairs
            .Where(pair => pair is { Value: { } value, Title: { } title } && !StringTemplate.Parse(value).HasBindings && !StringTemplate.Parse(title).HasBindings)
            .DistinctBy(pair => pair.Value)
            .ToDictionary(pair => pair.Value!, pair => pair.Title!, StringComparer.OrdinalIgnoreCase);

    /// <summary>Binds the template to a view model (any object, serialised with camelCase names, or a JToken).</summary>
    public RenderedCard Expand(object viewModel)
    {
        ArgumentNullException.ThrowIfNull(viewModel);
        var root = viewModel as JToken ?? JToken.FromObject(viewModel, ViewModelSerializer);
        var builder = new StringBuilder(Volatile.Read(ref _lastLength) * 5 / 4);
        TemplateScope cardScope;
        using (var writer = new JsonTextWriter(new StringWriter(builder, CultureInfo.InvariantCulture)))
        {
            cardScope = _expander.WriteCard(_template, new TemplateScope(root, root, null), writer);
        }

        Volatile.Write(ref _lastLength, builder.Length);
        return new RenderedCard(builder.ToString(), CardText("speak", cardScope), CardText("fallbackText", cardScope));
    }

    private string? CardText(string propertyName, TemplateScope cardScope) =>
        _template.TryGetValue(propertyName, out var value) && _expander.Evaluate(value, cardScope) is { Type: JTokenType.String } text
            ? text.Value<string>()
            : null;
}
