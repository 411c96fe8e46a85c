using Newtonsoft.Json;
using BackStrength.Cards.ViewModels;
using Newtonsoft.Json.Linq;

namespace BackStrength.Cards;

/// <summary>
/// The card layouts of one folder, keyed by file name without extension (<c>plan.json</c> is "plan"). Sample
/// data files (<c>*.data.json</c>) are skipped. Every template is parsed once, when the catalog is created, so a
/// broken layout fails at startup rather than in the middle of a conversation.
/// </summary>
public sealed class CardCatalog
{
    private const string SampleDataSuffix = ".data.json";

    private readonly string _directory;
    private readonly IReadOnlyDictionary<string, CardTemplate> _templates;

    public CardCatalog(CardCatalogOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _directory = options.Directory;
        if (!System.IO.Directory.Exists(_directory))
        {
            throw new DirectoryNotFoundException($"The card template folder '{_directory}' does not exist.");
        }

        _templates = System.IO.Directory
            .EnumerateFiles(_directory, "*.json")
            .Where(path => !path.EndsWith(SampleDataSuffix, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(path => Path.GetFileNameWithoutExtension(path), LoadTemplate, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> CardNames => _templates.Keys.ToList();

    /// <summary>Binds the named layout to a view model; throws <see cref="UnknownCardException"/> for an unknown name.</summary>
    public RenderedCard Render(string cardName, object viewModel)
    {
        ArgumentNullException.ThrowIfNull(cardName);
        return _templates.TryGetValue(cardName, out var template)
            ? template.Expand(viewModel)
            : throw new UnknownCardException(cardName, _directory, _templates.Keys.Order(StringComparer.Ordinal));
    }

    /// <summary>The literal option titles of a choice set on the named card, by value; empty when there is none.</summary>
    public IReadOnlyDictionary<string, string> ChoiceTitles(string cardName, string inputId) =>
        _templates.TryGetValue(cardName, out var template) ? template.ChoiceTitles(inputId) : new Dictionary<string, string>();

    /// <summary>The literal titles of the named card's submit buttons, by the value each sends in <paramref name="dataField"/>.</summary>
    public IReadOnlyDictionary<string, string> ActionTitles(string cardName, string dataField) =>
        _templates.TryGetValue(cardName, out var template) ? template.ActionTitles(dataField) : new Dictionary<string, string>();

    /// <summary>Renders a typed view model with the layout it names.</summary>
    public RenderedCard Render(ICardViewModel viewModel)
    {
        ArgumentNullException.ThrowIfNull(viewModel);
        return Render(viewModel.CardName, viewModel);
    }

    private static CardTemplate LoadTemplate(string path)
    {
        try
        {
            return CardTemplate.Parse(File.ReadAllText(path));
        }
        catch (Exception error) when (error is TemplateSyntaxException or JsonReaderException)
        {
            throw new InvalidDataException($"The card template '{path}' is invalid: {error.Message}", error);
        }
    }
}
