using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>Where a message names an exercise: tokens [Start, End) and how many typos it took.</summary>
internal sealed record ExerciseMention(string ExerciseId, int Start, int End, int Edits)
{
    public int Length => End - Start;
}

/// <summary>
/// Finds the exercise a message names, by id, display name or alias, forgiving typos and spacing: "birddog",
/// "bird dog" and "bird-dog" are the same name, and so are "pallof" and "pall of". Only whole names count:
/// "bird watching" and "I have a dog" name no exercise. When names overlap, the one covering most words wins
/// ("side plank", not "plank"), then the one with fewest typos.
/// </summary>
internal sealed class ExerciseNameMatcher
{
    private readonly IReadOnlyList<NameForm> _forms;

    public ExerciseNameMatcher(IEnumerable<ExerciseName> exerciseNames, Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(exerciseNames);
        _forms = [.. exerciseNames.SelectMany(name => FormsOf(name, tokenizer))];
    }

    /// <summary>Every word of every name, plus each name written without spaces, so none of them is "corrected".</summary>
    public IEnumerable<string> Words => _forms.SelectMany(form => form.Words.Append(form.Compact));

    public ExerciseMention? Find(Utterance utterance, Lexicon lexicon) =>
        _forms
            .SelectMany(form => Mentions(form, utterance, lexicon).Select(mention => (form, mention)))
            .OrderByDescending(found => found.mention.Length)
            .ThenBy(found => found.mention.Edits)
            .ThenByDescending(found => found.form.Compact.Length)
            .ThenBy(found => found.mention.Start)
            .Select(found => found.mention)
            .FirstOrDefault();

    private static IEnumerable<NameForm> FormsOf(ExerciseName name, Tokenizer tokenizer) =>
        new[] { name.ExerciseId, name.DisplayName }
            .Concat(name.Aliases ?? [])
            .Select(text => tokenizer.Tokenize(text).Tokens.Select(token => token.Text).ToArray())
            .Where(words => words.Length > 0)
            .DistinctBy(words => string.Join(' ', words))
            .Select(words => new NameForm(name.ExerciseId, words, string.Concat(words)));

    private static IEnumerable<ExerciseMention> Mentions(NameForm form, Utterance utterance, Lexicon lexicon)
    {
        for (var start = 0; start < utterance.Count; start++)
        {
            var wordByWord = MatchWordByWord(form, utterance, lexicon, start);
            if (wordByWord is not null)
            {
                yield return wordByWord;
            }
            var runTogether = MatchRunTogether(form, utterance, lexicon, start);
            if (runTogether is not null)
            {
                yield return runTogether;
            }
        }
    }

    private static ExerciseMention? MatchWordByWord(NameForm form, Utterance utterance, Lexicon lexicon, int start)
    {
        if (start + form.Words.Length > utterance.Count)
        {
            return null;
        }
        var edits = 0;
        for (var i = 0; i < form.Words.Length; i++)
        {
            var wordEdits = utterance.SameClause(start, start + i) ? lexicon.Edits(utterance[start + i], form.Words[i]) : null;
            if (wordEdits is null)
            {
                return null;
            }
            edits += wordEdits.Value;
        }
        return new ExerciseMention(form.ExerciseId, start, start + form.Words.Length, edits);
    }

    // People split and join names freely ("pall of press", "birddog", "side plank" typed as "sideplank").
    // Numbers never join a name: "plan 4 today" is not "plank".
    private static ExerciseMention? MatchRunTogether(NameForm form, Utterance utterance, Lexicon lexicon, int start)
    {
        var joined = string.Empty;
        for (var end = start + 1; end <= utterance.Count && end - start <= form.Words.Length + 1; end++)
        {
            if (!utterance.SameClause(start, end - 1) || !utterance[end - 1].All(char.IsLetter))
            {
                return null;
            }
            joined += utterance[end - 1];
            if (end - start == form.Words.Length)
            {
                continue; // Already tried word by word.
            }
            var edits = lexicon.Edits(joined, form.Compact);
            if (edits is not null)
            {
                return new ExerciseMention(form.ExerciseId, start, end, edits.Value);
            }
        }
        return null;
    }

    private sealed record NameForm(string ExerciseId, string[] Words, string Compact);
}
