namespace BackStrength.Coaching.Safety;

/// <summary>Typo tolerance: is one word at most one edit (insert, delete, replace, swap neighbours) from another?</summary>
internal static class EditDistance
{
    public static bool AtMostOne(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = 0;
        while (prefix < a.Length && prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }

        if (prefix == a.Length && prefix == b.Length)
        {
            return true;
        }

        var restA = a[prefix..];
        var restB = b[prefix..];
        return restA[Math.Min(1, restA.Length)..] == restB[Math.Min(1, restB.Length)..] // replace one letter
            || restA == restB[Math.Min(1, restB.Length)..] // a lacks a letter
            || restA[Math.Min(1, restA.Length)..] == restB // a has an extra letter
            || (restA.Length >= 2 && restA.Length == restB.Length && restA[0] == restB[1] && restA[1] == restB[0] && restA[2..] == restB[2..]);
    }
}
