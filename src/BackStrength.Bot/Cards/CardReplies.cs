using BackStrength.Cards;
using BackStrength.Cards.ViewModels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace BackStrength.Bot.Cards;

/// <summary>Turns a card layout and its view model into a message the channel can show.</summary>
public sealed class CardReplies(CardCatalog catalog)
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public IMessageActivity Create(ICardViewModel viewModel)
    {
        var card = catalog.Render(viewModel);
        var reply = MessageFactory.Attachment(new Attachment { ContentType = AdaptiveCardContentType, Content = card });
        // Screen readers and voice channels read the card's own summary; notifications show the fallback text.
        reply.Speak = card.Speak;
        reply.Summary = card.FallbackText;
        return reply;
    }

    /// <summary>The literal option titles of a choice set on the named card, by option value.</summary>
    public IReadOnlyDictionary<string, string> ChoiceTitles(string cardName, string inputId) => catalog.ChoiceTitles(cardName, inputId);

    /// <summary>The literal titles of the named card's submit buttons, by the value each sends in <paramref name="dataField"/>.</summary>
    public IReadOnlyDictionary<string, string> ActionTitles(string cardName, string dataField) => catalog.ActionTitles(cardName, dataField);
}
