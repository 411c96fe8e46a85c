using System.Runtime.CompilerServices;

namespace BackStrength.Dialogs.Choices;

/// <summary>
/// Works out which choice an answer picks: its title or a synonym anywhere in the answer (see
/// <see cref="PhraseMatcher"/> for typos, overlaps and denials), else its ordinal ("the second one", "last"), else
/// its number in the list ("2", "number two"), or, when the choices are numbers, the choice with that value.
/// </summary>
public static class ChoiceRecognizers
{
    private const float ScorePenaltyPerTypo = 0.1f;

    private static readonly ConditionalWeakTable<IList<Choice>, WrittenChoices> WrittenOutChoices = new();

    /// <summary>
    /// The choice the answer picks, or null when it picks none or is ambiguous: it names two choices ("red or
    /// blue", "sometimes, no actually every day"), or names choices only to deny them ("not regularly").
    /// </summary>
    public static FoundChoice? RecognizeChoice(string? utterance, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = TextNormalizer.TokenizeClauses(utterance);
        if (tokens.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var found = PhraseMatcher.Find(tokens, [.. choices.Select(PhrasesOf)]);
        if (found.Matches.Count > 0)
        {
            return found.Named is [var index] ? Picked(choices[index], index, found, tokens.Length) : null;
        }

        return PositionOf(tokens, choices) is int chosen
            ? new FoundChoice { Value = choices[chosen].Value, Index = chosen, Score = 1f }
            : null;
    }

    /// <summary>
    /// As <see cref="RecognizeChoice(string?, IList{Choice})"/>, and when the words as typed pick nothing, the answer and the
    /// choices' words both written out by <paramref name="writtenOut"/>, the host's way of writing chat shorthand out ("idc"
    /// as "i do not care", picking a choice that lists "don't care"). The value and index found are those of the choice given.
    /// </summary>
    public static FoundChoice? RecognizeChoice(string? utterance, IList<Choice> choices, Func<string?, string> writtenOut)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(writtenOut);
        if (RecognizeChoice(utterance, choices) is { } asTyped)
        {
            return asTyped;
        }

        return RecognizeChoice(writtenOut(utterance), WrittenOut(choices, writtenOut));
    }

    /// <summary>
    /// The choices with their words written out, kept beside the list they came from while it lives: the feeling question's
    /// list has dozens of synonyms, and writing them all out again for every answer that picked nothing as typed was a
    /// visible share of a turn. A list is not changed once asked with (the prompts' and the feelings' are built whole).
    /// </summary>
    private static List<Choice> WrittenOut(IList<Choice> choices, Func<string?, string> writtenOut)
    {
        if (WrittenOutChoices.TryGetValue(choices, out var kept) && kept.By.Equals(writtenOut))
        {
            return kept.Choices;
        }

        var written = choices.Select(choice => new Choice(choice.Value)
        {
            Synonyms = [writtenOut(choice.Value), .. (choice.Synonyms ?? []).Select(writtenOut)],
        }).ToList();
        WrittenOutChoices.AddOrUpdate(choices, new WrittenChoices(writtenOut, written));
        return written;
    }

    private sealed record WrittenChoices(Func<string?, string> By, List<Choice> Choices);

    /// <summary>The choice the answer picks by its ordinal or number alone ("the first one", "2"), or null.</summary>
    internal static int? RecognizePosition(string? utterance, IList<Choice> choices)
        => PositionOf(TextNormalizer.TokenizeClauses(utterance), choices);

    /// <summary>
    /// The choices an answer names and those it names only to deny, for questions that take several at once: "no
    /// weights, just a band and a chair" names the band and the chair and denies the weights.
    /// </summary>
    public static ChoiceMentions FindMentions(string? utterance, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return FindMentions(utterance, [.. choices.Select(PhrasesOf)]);
    }

    /// <summary>
    /// As <see cref="FindMentions(string?, IList{Choice})"/> for groups of phrases alone, where a choice's value is a
    /// name for code rather than words a person says ("Some" must not make "some dumbbells" an answer about exercise).
    /// Indexes in the result are positions in <paramref name="phraseGroups"/>.
    /// </summary>
    public static ChoiceMentions FindMentions(string? utterance, IReadOnlyList<IEnumerable<string>> phraseGroups)
    {
        ArgumentNullException.ThrowIfNull(phraseGroups);
        var found = PhraseMatcher.Find(TextNormalizer.TokenizeClauses(utterance), phraseGroups);
        return new ChoiceMentions(found.Named, found.Denied);
    }

    internal static IEnumerable<string> PhrasesOf(Choice choice)
        => choice.Synonyms is null ? [choice.Value] : [choice.Value, .. choice.Synonyms];

    /// <summary>
    /// The score is the share of the answer the best phrase covers, so "neck stretch advanced" scores the longer
    /// choice higher, lowered a little for each typo.
    /// </summary>
    private static FoundChoice Picked(Choice choice, int index, PhraseMatches found, int tokenCount)
    {
        var best = found.Matches
            .Where(match => match.Group == index && !match.Denied)
            .Select(match => (match.Phrase, Score: (float)match.Length / tokenCount * (1f - (ScorePenaltyPerTypo * match.Typos))))
            .MaxBy(match => match.Score);
        return new FoundChoice { Value = choice.Value, Index = index, Score = best.Score, Synonym = best.Phrase };
    }

    private static int? PositionOf(Token[] tokens, IList<Choice> choices)
    {
        var words = tokens.Select(token => token.Text).ToArray();
        return words.Length == 0 ? null : MatchOrdinal(words, choices.Count) ?? MatchNumber(words, choices);
    }

    private static int? MatchOrdinal(string[] tokens, int count)
    {
        var language = LanguageData.English;
        var positions = tokens
            .Select((token, at) => !StandsAlone(tokens, at) ? null
                : language.LastOrdinals.Contains(token) ? count
                : language.Ordinals.TryGetValue(token, out var ordinal) ? ordinal : (int?)null)
            .OfType<int>()
            .Distinct()
            .ToList();
        return positions is [var position] && position >= 1 && position <= count ? position - 1 : null;
    }

    /// <summary>
    /// Whether the ordinal at <paramref name="at"/> is the answer itself: it begins the answer or follows "the", and
    /// ends it or comes before "one" or "please" ("the last one", "second please"), unlike "show me that first".
    /// </summary>
    private static bool StandsAlone(string[] tokens, int at)
    {
        var language = LanguageData.English;
        var opens = at == 0 || language.ChoiceNumberFillers.Contains(tokens[at - 1]);
        var closes = at + 1 == tokens.Length || language.OrdinalNouns.Contains(tokens[at + 1]) || language.ChoiceNumberFillers.Contains(tokens[at + 1]);
        return opens && closes;
    }

    /// <summary>
    /// The choice the number in the answer names. When the choices are themselves numbers ("5", "10", "15"
    /// minutes), a number picks the choice with that value ("fifteen" is 15); otherwise it is the position in the
    /// list. A position is never used for numeric choices, where "2" would otherwise silently mean 10.
    /// </summary>
    private static int? MatchNumber(string[] tokens, IList<Choice> choices)
    {
        var fillers = LanguageData.English.ChoiceNumberFillers;
        var remaining = tokens.Where(token => !fillers.Contains(token)).ToArray();
        if (!NumberWords.TryParseWhole(remaining, out var number))
        {
            return null;
        }

        var values = choices.Select(choice => NumberWords.TryParseWhole(TextNormalizer.Tokenize(choice.Value), out var value) ? value : (int?)null).ToList();
        if (values.Any(value => value is not null))
        {
            var index = values.IndexOf(number);
            return index >= 0 ? index : null;
        }

        return number >= 1 && number <= choices.Count ? number - 1 : null;
    }
}
