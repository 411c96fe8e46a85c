namespace BackStrength.Dialogs.Choices;

/// <summary>
/// Works out which choice an answer picks: its title or a synonym anywhere in the answer (ignoring case, accents
/// and punctuation, tolerating a small typo in words of five or more letters), else its ordinal ("the second
/// one", "last"), else its number in the list ("2", "number two"), or, when the choices are numbers, the choice
/// with that value.
/// </summary>
public static class ChoiceRecognizers
{
    private const int MinimumFuzzyWordLength = 5;
    private const int LongWordLength = 9;
    private const float ScorePenaltyPerTypo = 0.1f;

    /// <summary>The choice the answer picks, or null when it picks none or is ambiguous ("red or blue").</summary>
    public static FoundChoice? RecognizeChoice(string? utterance, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var tokens = TextNormalizer.Tokenize(utterance);
        if (tokens.Length == 0 || choices.Count == 0)
        {
            return null;
        }

        var byPhrase = MatchPhrases(tokens, choices);
        if (byPhrase.Found is not null || byPhrase.Ambiguous)
        {
            return byPhrase.Found;
        }

        var position = MatchOrdinal(tokens, choices.Count) ?? MatchNumber(tokens, choices);
        return position is int index
            ? new FoundChoice { Value = choices[index].Value, Index = index, Score = 1f }
            : null;
    }

    private static (FoundChoice? Found, bool Ambiguous) MatchPhrases(string[] tokens, IList<Choice> choices)
    {
        FoundChoice? best = null;
        var tie = false;
        for (var index = 0; index < choices.Count; index++)
        {
            var choice = choices[index];
            foreach (var phrase in PhrasesOf(choice))
            {
                var score = PhraseScore(tokens, TextNormalizer.Tokenize(phrase));
                if (score is null || (best is not null && score < best.Score))
                {
                    continue;
                }

                if (best is not null && score == best.Score)
                {
                    tie |= best.Index != index;
                    continue;
                }

                best = new FoundChoice { Value = choice.Value, Index = index, Score = score.Value, Synonym = phrase };
                tie = false;
            }
        }

        return tie ? (null, true) : (best, false);
    }

    private static IEnumerable<string> PhrasesOf(Choice choice)
        => choice.Synonyms is null ? [choice.Value] : [choice.Value, .. choice.Synonyms];

    /// <summary>
    /// Finds the phrase's words, in order and side by side, in the answer. The score is the share of the answer the
    /// phrase covers, so "neck stretch advanced" prefers the longer choice, lowered a little for each typo.
    /// </summary>
    private static float? PhraseScore(string[] tokens, string[] phrase)
    {
        if (phrase.Length == 0 || phrase.Length > tokens.Length)
        {
            return null;
        }

        int? fewestTypos = null;
        for (var start = 0; start + phrase.Length <= tokens.Length; start++)
        {
            var typos = 0;
            for (var offset = 0; offset < phrase.Length && typos >= 0; offset++)
            {
                var distance = WordDistance(tokens[start + offset], phrase[offset]);
                typos = distance is int d ? typos + d : -1;
            }

            if (typos >= 0 && (fewestTypos is null || typos < fewestTypos))
            {
                fewestTypos = typos;
            }
        }

        return fewestTypos is int found
            ? (float)phrase.Length / tokens.Length * (1f - (ScorePenaltyPerTypo * found))
            : null;
    }

    /// <summary>0 for the same word, the number of typos when small enough to tolerate, otherwise null.</summary>
    private static int? WordDistance(string typed, string expected)
    {
        if (typed == expected)
        {
            return 0;
        }

        if (typed.Length < MinimumFuzzyWordLength || expected.Length < MinimumFuzzyWordLength
            || !expected.Any(char.IsLetter))
        {
            return null;
        }

        var allowed = expected.Length >= LongWordLength ? 2 : 1;
        var distance = EditDistance.Between(typed, expected);
        return distance <= allowed ? distance : null;
    }

    private static int? MatchOrdinal(string[] tokens, int count)
    {
        var language = LanguageData.English;
        var positions = tokens
            .Select(token => language.LastOrdinals.Contains(token) ? count
                : language.Ordinals.TryGetValue(token, out var ordinal) ? ordinal : (int?)null)
            .OfType<int>()
            .Distinct()
            .ToList();
        return positions is [var position] && position >= 1 && position <= count ? position - 1 : null;
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
