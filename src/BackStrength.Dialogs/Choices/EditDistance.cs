namespace BackStrength.Dialogs.Choices;

/// <summary>Counts the single-letter edits (insert, delete, substitute, swap neighbours) between two words.</summary>
internal static class EditDistance
{
    public static int Between(string first, string second)
    {
        var distances = new int[first.Length + 1, second.Length + 1];
        for (var i = 0; i <= first.Length; i++)
        {
            distances[i, 0] = i;
        }

        for (var j = 0; j <= second.Length; j++)
        {
            distances[0, j] = j;
        }

        for (var i = 1; i <= first.Length; i++)
        {
            for (var j = 1; j <= second.Length; j++)
            {
                var cost = first[i - 1] == second[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(distances[i - 1, j] + 1, distances[i, j - 1] + 1), distances[i - 1, j - 1] + cost);

                // Swapped neighbours ("strecth") count as one typo, not two.
                if (i > 1 && j > 1 && first[i - 1] == second[j - 2] && first[i - 2] == second[j - 1])
                {
                    best = Math.Min(best, distances[i - 2, j - 2] + 1);
                }

                distances[i, j] = best;
            }
        }

        return distances[first.Length, second.Length];
    }
}
