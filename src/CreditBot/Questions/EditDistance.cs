namespace CreditBot.Questions;

/// <summary>Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions).</summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="limit"/> + 1 as soon as it is known to exceed the limit.</summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        var width = b.Length + 1;
        Span<int> rows = width * 3 <= 768 ? stackalloc int[width * 3] : new int[width * 3];
        var before = rows[..width];
        var previous = rows.Slice(width, width);
        var current = rows.Slice(width * 2, width);
        for (var j = 0; j < width; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMinimum = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, before[j - 2] + 1);
                }

                current[j] = value;
                rowMinimum = Math.Min(rowMinimum, value);
            }

            if (rowMinimum > limit)
            {
                return limit + 1;
            }

            var recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }

        return previous[b.Length];
    }

    /// <summary>1 for equal strings, down to 0: one minus the distance over the longer length.</summary>
    public static double Similarity(string a, string b)
    {
        var longer = Math.Max(a.Length, b.Length);
        return longer == 0 ? 1d : 1d - ((double)Between(a, b) / longer);
    }
}
