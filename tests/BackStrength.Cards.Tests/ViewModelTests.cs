using BackStrength.Cards.ViewModels;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Serialization;

namespace BackStrength.Cards.Tests;

/// <summary>The typed view models carry exactly the data contract of their layouts.</summary>
public class ViewModelTests
{
    private static readonly CardCatalog Catalog = new(new CardCatalogOptions());

    private static readonly Dictionary<string, Type> ViewModelTypes = new()
    {
        [CardNames.Welcome] = typeof(WelcomeCard),
        [CardNames.Disclaimer] = typeof(DisclaimerCard),
        [CardNames.SafetyCheck] = typeof(SafetyCheckCard),
        [CardNames.Assessment] = typeof(AssessmentCard),
        [CardNames.QuickCheck] = typeof(QuickCheckCard),
        [CardNames.Plan] = typeof(PlanCard),
        [CardNames.Exercise] = typeof(ExerciseCard),
        [CardNames.Feeling] = typeof(FeelingCard),
        [CardNames.Summary] = typeof(SummaryCard),
        [CardNames.Progress] = typeof(ProgressCard),
        [CardNames.Library] = typeof(LibraryCard),
        [CardNames.Help] = typeof(HelpCard),
        [CardNames.SafetyStop] = typeof(SafetyStopCard),
        [CardNames.PainAdvice] = typeof(PainAdviceCard),
        [CardNames.ForgetMe] = typeof(ForgetMeCard),
        [CardNames.Message] = typeof(MessageCard),
        [CardNames.Reminder] = typeof(ReminderCard),
    };

    // Fails on a sample field the view model does not have, so the records cannot drift from the layouts.
    private static readonly JsonSerializer StrictReader = JsonSerializer.Create(new JsonSerializerSettings
    {
        ContractResolver = new CamelCasePropertyNamesContractResolver(),
        MissingMemberHandling = MissingMemberHandling.Error,
    });

    public static TheoryData<string> CardsWithSampleData() => [.. ViewModelTypes.Keys];

    [Fact]
    public void Every_layout_has_one_view_model()
    {
        var implementations = typeof(ICardViewModel).Assembly.GetTypes().Where(type => type.IsClass && type.IsAssignableTo(typeof(ICardViewModel)));

        Assert.Equal(Catalog.CardNames.Order(), ViewModelTypes.Keys.Order());
        Assert.Equal(implementations.OrderBy(type => type.Name), ViewModelTypes.Values.OrderBy(type => type.Name));
    }

    [Theory]
    [MemberData(nameof(CardsWithSampleData))]
    public void A_view_model_holding_the_sample_data_renders_the_same_card_as_the_sample_data(string cardName)
    {
        var sample = SampleData.Load(cardName, SampleData.Sample);
        var viewModel = (ICardViewModel)sample.ToObject(ViewModelTypes[cardName], StrictReader)!;

        var typed = Catalog.Render(viewModel).ToJObject();

        Assert.Equal(cardName, viewModel.CardName);
        Assert.Equal(Catalog.Render(cardName, sample).ToJObject(), typed, JToken.EqualityComparer);
    }

    [Fact]
    public void Optional_fields_can_be_left_out()
    {
        var card = Catalog.Render(new ExerciseCard("plank", "Plank", "Plank on your knees", ["Kneel and lean onto your forearms."], "3 holds of 15 s")).ToJObject();

        CardInvariants.AssertValid(card);
        Assert.Equal([CardActions.ShowLibrary], card.ButtonActions());
    }
}
