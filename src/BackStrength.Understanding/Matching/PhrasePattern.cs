using BackStrength.Understanding.Text;

namespace BackStrength.Understanding.Matching;

/// <summary>Where a phrase was found in an utterance: tokens [Start, End) and how many typos it took.</summary>
internal readonly record struct PhraseMatch(int Start, int End, int Edits)
{
    public int Length => End - Start;
}

/// <summary>
/// A phrase from the data files, such as "make * easier|simpler". Words are matched with typo tolerance, "a|b" accepts
/// either alternative, and "*" accepts up to <see cref="MaxGap"/> words of anything ("make this one easier").
/// The phrase text goes through the same tokenizer as messages, so "can't" in the data matches "cannot" in chat.
/// A match never spans two clauses. A phrase written with a leading "^" counts only when it is the whole message ("^wait":
/// "wait" alone, not "wait, I only have 10 minutes").
/// </summary>
internal sealed class PhrasePattern
{
    public const int MaxGap = 3;
    private const string Gap = "*";
    private const char WholeMessageMark = '^';

    // A slot is null for a gap, else the word sequences it accepts.
    private readonly IReadOnlyList<IReadOnlyList<string[]>?> _slots;

    private PhrasePattern(string text, IReadOnlyList<IReadOnlyList<string[]>?> slots, bool wholeMessage)
    {
        Text = text;
        _slots = slots;
        WholeMessage = wholeMessage;
    }

    public string Text { get; }

    /// <summary>Whether the phrase counts only as the whole message, not inside a longer one.</summary>
    public bool WholeMessage { get; }

    public IEnumerable<string> Words =>
        _slots.OfType<IReadOnlyList<string[]>>().SelectMany(alternatives => alternatives.SelectMany(words => words));

    public static PhrasePattern Parse(string text, Tokenizer tokenizer)
    {
        var slots = new List<IReadOnlyList<string[]>?>();
        var wholeMessage = text.StartsWith(WholeMessageMark);
        foreach (var slot in (wholeMessage ? text[1..] : text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            slots.Add(slot == Gap ? null : ParseAlternatives(text, slot, tokenizer));
        }
        if (slots.Count == 0 || slots[0] is null || slots[^1] is null)
        {
            throw new InvalidDataException($"The phrase \"{text}\" must start and end with a word.");
        }
        return new PhrasePattern(text, slots, wholeMessage);
    }

    private static string[][] ParseAlternatives(string text, string slot, Tokenizer tokenizer)
    {
        var alternatives = slot.Split('|')
            .Select(alternative => tokenizer.Tokenize(alternative).Tokens.Select(token => token.Text).ToArray())
            .ToArray();
        if (alternatives.Any(words => words.Length == 0))
        {
            throw new InvalidDataException($"The phrase \"{text}\" has an empty alternative in \"{slot}\".");
        }
        return alternatives;
    }

    /// <summary>The words a match can begin with: the alternatives of the first slot, which is never a gap.</summary>
    public IEnumerable<string> FirstWords => _slots[0]!.Select(words => words[0]);

    /// <summary>The fewest-typo reading of the phrase starting at <paramref name="start"/>, if it matches there.</summary>
    public PhraseMatch? MatchAt(Utterance utterance, Lexicon lexicon, int start) =>
        WholeMessage && start != 0 ? null
        : MatchFrom(utterance, lexicon, slot: 0, position: start, start, edits: 0) is { } match && (!WholeMessage || match.End == utterance.Count) ? match
        : null;

    private PhraseMatch? MatchFrom(Utterance utterance, Lexicon lexicon, int slot, int position, int start, int edits)
    {
        if (slot == _slots.Count)
        {
            return new PhraseMatch(start, position, edits);
        }
        PhraseMatch? best = null;
        var alternatives = _slots[slot];
        if (alternatives is null)
        {
            for (var skipped = 0; skipped <= MaxGap && position + skipped < utterance.Count; skipped++)
            {
                if (skipped > 0 && !utterance.SameClause(start, position + skipped - 1))
                {
                    break;
                }
                best = Better(best, MatchFrom(utterance, lexicon, slot + 1, position + skipped, start, edits));
            }
            return best;
        }
        foreach (var words in alternatives)
        {
            var wordEdits = MatchWords(utterance, lexicon, words, position, start);
            if (wordEdits is not null)
            {
                best = Better(best, MatchFrom(utterance, lexicon, slot + 1, position + words.Length, start, edits + wordEdits.Value));
            }
        }
        return best;
    }

    private static int? MatchWords(Utterance utterance, Lexicon lexicon, string[] words, int position, int start)
    {
        if (position + words.Length > utterance.Count)
        {
            return null;
        }
        var total = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (!utterance.SameClause(start, position + i))
            {
                return null;
            }
            var edits = lexicon.Edits(utterance[position + i], words[i]);
            if (edits is null)
            {
                return null;
            }
            total += edits.Value;
        }
        return total;
    }

    // Fewer typos first, then the reading that covers more words.
    private static PhraseMatch? Better(PhraseMatch? current, PhraseMatch? candidate)
    {
        if (candidate is null)
        {
            return current;
        }
        if (current is null)
        {
            return candidate;
        }
        var (a, b) = (current.Value, candidate.Value);
        return b.Edits < a.Edits || (b.Edits == a.Edits && b.Length > a.Length) ? b : a;
    }
}
