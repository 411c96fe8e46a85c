using BackStrength.Cards;
using BackStrength.Cards.ViewModels;
using BenchmarkDotNet.Attributes;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace BackStrength.Benchmarks.Micro;

/// <summary>Binding the shipped plan and exercise layouts to their sample data, as the bot does for every card it sends.</summary>
public class CardBindingBenchmarks
{
    private CardCatalog _catalog = null!;
    private PlanCard _plan = null!;
    private ExerciseCard _exercise = null!;

    [GlobalSetup]
    public void LoadLayouts()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "cards");
        _catalog = new CardCatalog(new CardCatalogOptions { Directory = folder });
        _plan = SampleData<PlanCard>(folder, CardNames.Plan);
        _exercise = SampleData<ExerciseCard>(folder, CardNames.Exercise) with { ShowSessionActions = true, Position = 2, Total = 5 };
    }

    [Benchmark]
    public RenderedCard PlanCard() => _catalog.Render(_plan);

    [Benchmark]
    public RenderedCard ExerciseCard() => _catalog.Render(_exercise);

    private static T SampleData<T>(string folder, string cardName) =>
        JsonConvert.DeserializeObject<T>(File.ReadAllText(Path.Combine(folder, $"{cardName}.data.json")))
        ?? throw new InvalidDataException($"The sample data of '{cardName}' is empty.");
}
