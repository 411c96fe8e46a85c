namespace BackStrength.Understanding.Text;

/// <summary>
/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbouring letters
/// each cost one, because a swapped pair ("plna") is one slip of the fingers, not two.
/// </summary>
internal static class EditDistance
{
    // Chat words are short; three rows of this many columns fit on the stack.
    private const int StackColumns = 64;

    public static int Between(string first, string second)
    {
        var columns = second.Length + 1;
        // Only the current row and the two before it are ever read (the swap looks two rows back).
        Span<int> rows = columns <= StackColumns ? stackalloc int[3 * columns] : new int[3 * columns];

        var firstRow = RowOf(rows, 0, columns);
        for (var j = 0; j < columns; j++)
        {
            firstRow[j] = j;
        }
        for (var i = 1; i <= first.Length; i++)
        {
            var cost = RowOf(rows, i, columns);
            var above = RowOf(rows, i - 1, columns);
            var twoAbove = RowOf(rows, i + 1, columns);
            cost[0] = i;
            for (var j = 1; j < columns; j++)
            {
                var substitution = first[i - 1] == second[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(above[j] + 1, cost[j - 1] + 1), above[j - 1] + substitution);
                if (i > 1 && j > 1 && first[i - 1] == second[j - 2] && first[i - 2] == second[j - 1])
                {
                    best = Math.Min(best, twoAbove[j - 2] + 1);
                }
                cost[j] = best;
            }
        }
        return RowOf(rows, first.Length, columns)[columns - 1];
    }

    // Row i lives in slot i mod 3, so row i - 2 is the slot of row i + 1.
    private static Span<int> RowOf(Span<int> rows, int i, int columns) => rows.Slice(i % 3 * columns, columns);
}
