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
    private readonly FirstLetterIndex<NameForm> _formsByFirstLetter;

    public ExerciseNameMatcher(IEnumerable<ExerciseName> exerciseNames, Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(exerciseNames);
        _forms = [.. exerciseNames.SelectMany(name => FormsOf(name, tokenizer))];
        // A name run together ("birddog") starts with the same letter as its first word.
        _formsByFirstLetter = new FirstLetterIndex<NameForm>(_forms, form => [form.Words[0]]);
    }

    /// <summary>Every word of every name, plus each name written without spaces, so none of them is "corrected".</summary>
    public IEnumerable<string> Words => _forms.SelectMany(form => form.Words.Append(form.Compact));

    public ExerciseMention? Find(Utterance utterance, Lexicon lexicon) => Best(utterance, lexicon, []);

    /// <summary>
    /// Every exercise the message names, in the order they are said: the best name first, then the best among the words
    /// left, and so on ("swap the bird dog for a plank" names the bird dog and the plank). Two names of one exercise side
    /// by side are one mention: "kickstand rdls" joins the aliases "kickstand" and "rdls".
    /// </summary>
    public IReadOnlyList<ExerciseMention> FindAll(Utterance utterance, Lexicon lexicon)
    {
        var found = new List<ExerciseMention>();
        while (Best(utterance, lexicon, found) is { } next)
        {
            found.Add(next);
        }

        var joined = new List<ExerciseMention>();
        foreach (var mention in found.OrderBy(mention => mention.Start))
        {
            if (joined is [.., var previous] && previous.ExerciseId == mention.ExerciseId && previous.End == mention.Start)
            {
                joined[^1] = previous with { End = mention.End, Edits = previous.Edits + mention.Edits };
            }
            else
            {
                joined.Add(mention);
            }
        }
        return joined;
    }

    // The best name among the words that no name in <taken> covers.
    private ExerciseMention? Best(Utterance utterance, Lexicon lexicon, List<ExerciseMention> taken)
    {
        Found? best = null;
        for (var start = 0; start < utterance.Count; start++)
        {
            foreach (var form in _formsByFirstLetter.StartingLike(utterance[start]))
            {
                best = Better(best, form, Untaken(MatchWordByWord(form, utterance, lexicon, start), taken));
                best = Better(best, form, Untaken(MatchRunTogether(form, utterance, lexicon, start), taken));
            }
        }
        return best?.Mention;
    }

    private static ExerciseMention? Untaken(ExerciseMention? mention, List<ExerciseMention> taken) =>
        mention is not null && taken.All(other => mention.End <= other.Start || mention.Start >= other.End) ? mention : null;

    // Most words covered first, then fewest typos, then the longer name, then the earliest; a full tie keeps the first found.
    private static Found? Better(Found? best, NameForm form, ExerciseMention? mention)
    {
        if (mention is null)
        {
            return best;
        }
        if (best is null)
        {
            return new Found(form, mention);
        }
        var comparison = (mention.Length, -mention.Edits, form.Compact.Length, -mention.Start)
            .CompareTo((best.Mention.Length, -best.Mention.Edits, best.Form.Compact.Length, -best.Mention.Start));
        return comparison > 0 ? new Found(form, mention) : best;
    }

    private static IEnumerable<NameForm> FormsOf(ExerciseName name, Tokenizer tokenizer) =>
        new[] { name.ExerciseId, name.DisplayName }
            .Concat(name.Aliases ?? [])
            .Select(text => tokenizer.Tokenize(text).Tokens.Select(token => token.Text).ToArray())
            .Where(words => words.Length > 0)
            .DistinctBy(words => string.Join(' ', words))
            .Select(words => new NameForm(name.ExerciseId, words, string.Concat(words)));

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
            // Real words run together are a name only when they spell it exactly: "plan is" is no typo for "planks".
            if (edits is not null && (edits == 0 || !AllKnown(utterance, start, end, lexicon)))
            {
                return new ExerciseMention(form.ExerciseId, start, end, edits.Value);
            }
        }
        return null;
    }

    private static bool AllKnown(Utterance utterance, int start, int end, Lexicon lexicon) =>
        Enumerable.Range(start, end - start).All(i => lexicon.IsKnown(utterance[i]));

    private sealed record NameForm(string ExerciseId, string[] Words, string Compact);

    private sealed record Found(NameForm Form, ExerciseMention Mention);
}
