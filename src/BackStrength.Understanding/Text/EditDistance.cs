namespace BackStrength.Understanding.Text;

/// <summary>
/// Optimal string alignment distance: insertions, deletions, substitutions and swaps of two neighbouring letters
/// each cost one, because a swapped pair ("plna") is one slip of the fingers, not two.
/// </summary>
internal static class EditDistance
{
    public static int Between(string first, string second)
    {
        var rows = first.Length + 1;
        var columns = second.Length + 1;
        var cost = new int[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            cost[i, 0] = i;
        }
        for (var j = 0; j < columns; j++)
        {
            cost[0, j] = j;
        }
        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < columns; j++)
            {
                var substitution = first[i - 1] == second[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(cost[i - 1, j] + 1, cost[i, j - 1] + 1), cost[i - 1, j - 1] + substitution);
                if (i > 1 && j > 1 && first[i - 1] == second[j - 2] && first[i - 2] == second[j - 1])
                {
                    best = Math.Min(best, cost[i - 2, j - 2] + 1);
                }
                cost[i, j] = best;
            }
        }
        return cost[rows - 1, columns - 1];
    }
}
