namespace BackStrength.Understanding.Text;

/// <summary>One normalised word and the clause it belongs to (clauses are split by punctuation and words like "but").</summary>
internal readonly record struct Token(string Text, int Clause);

/// <summary>A message as the recognizer sees it: normalised words in order, and whether it was asked as a question.</summary>
internal sealed record Utterance(IReadOnlyList<Token> Tokens, bool IsQuestion)
{
    public int Count => Tokens.Count;

    public string this[int index] => Tokens[index].Text;

    public bool SameClause(int first, int second) => Tokens[first].Clause == Tokens[second].Clause;
}
