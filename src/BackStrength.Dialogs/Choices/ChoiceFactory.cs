using System.Globalization;
using Microsoft.Bot.Schema;

namespace BackStrength.Dialogs.Choices;

/// <summary>Builds the message that asks the user to pick one of several choices, in a given <see cref="ListStyle"/>.</summary>
public static class ChoiceFactory
{
    /// <summary>Turns plain strings into choices.</summary>
    public static List<Choice> ToChoices(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. values.Select(value => new Choice(value))];
    }

    /// <summary>
    /// A copy of <paramref name="prompt"/> (the original is left untouched, as it is kept in dialog state) with the
    /// choices added. <see cref="ListStyle.Auto"/> picks buttons or a numbered list from <paramref name="incoming"/>'s channel.
    /// </summary>
    public static Activity AppendChoices(IActivity? prompt, IActivity incoming, IList<Choice> choices, ListStyle style)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(choices);
        var message = PromptActivity.CopyForSending(prompt);
        if (choices.Count == 0)
        {
            return message;
        }

        var effectiveStyle = style == ListStyle.Auto
            ? Channel.SupportsSuggestedActions(incoming, choices.Count) ? ListStyle.SuggestedAction : ListStyle.List
            : style;
        switch (effectiveStyle)
        {
            case ListStyle.Inline:
                message.Text = JoinText(message.Text, " ", InlineList(choices));
                break;
            case ListStyle.List:
                message.Text = JoinText(message.Text, "\n\n", NumberedList(choices));
                break;
            case ListStyle.SuggestedAction:
                message.SuggestedActions = new SuggestedActions { Actions = [.. choices.Select(ToAction)] };
                break;
            case ListStyle.HeroCard:
                var card = new HeroCard { Text = message.Text, Buttons = [.. choices.Select(ToAction)] };
                message.Text = null;
                message.Attachments = [.. message.Attachments ?? [], card.ToAttachment()];
                break;
        }

        return message;
    }

    private static CardAction ToAction(Choice choice)
        => choice.Action ?? new CardAction(ActionTypes.ImBack, title: choice.Value, value: choice.Value);

    private static string NumberedList(IList<Choice> choices)
        => string.Join('\n', choices.Select((choice, index) => string.Create(CultureInfo.InvariantCulture, $"{index + 1}. {choice.Value}")));

    private static string InlineList(IList<Choice> choices)
    {
        var words = LanguageData.English.ChoiceList;
        var items = choices.Select((choice, index) => string.Create(CultureInfo.InvariantCulture, $"({index + 1}) {choice.Value}")).ToList();
        if (items.Count == 1)
        {
            return items[0];
        }

        var lastSeparator = items.Count == 2 ? words.InlineOr : words.InlineOrMore;
        return string.Join(words.InlineSeparator, items.Take(items.Count - 1)) + lastSeparator + items[^1];
    }

    private static string JoinText(string? text, string separator, string list)
        => string.IsNullOrEmpty(text) ? list : text + separator + list;
}
