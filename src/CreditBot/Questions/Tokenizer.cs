namespace CreditBot.Questions;

/// <summary>
/// Splits folded text into words. Letters and digits make words; a hyphen, slash, underscore, dot or
/// comma between two of them stays inside a word that holds a digit ("f-2024-0042", "12,5") and
/// splits one that does not ("est-il", "saint-gobain"), except single letters joined by dots ("a.c.m.e"). Currency, percent, ampersand and hash signs
/// are words of their own; everything else separates.
/// </summary>
internal static class Tokenizer
{
    private const string Joiners = "-/_.,";
    private const string Symbols = "€$£%&#+";

    public static List<Token> Split(string folded)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < folded.Length)
        {
            var c = folded[i];
            if (Symbols.Contains(c, StringComparison.Ordinal))
            {
                tokens.Add(new Token(c.ToString(), i, i + 1));
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < folded.Length
                && (char.IsLetterOrDigit(folded[end])
                    || (Joiners.Contains(folded[end], StringComparison.Ordinal) && end + 1 < folded.Length && char.IsLetterOrDigit(folded[end + 1]))))
            {
                end++;
            }

            AddRun(tokens, folded, i, end);
            i = end;
        }

        return tokens;
    }

    /// <summary>"a.c.m.e" or "s.a": single letters joined by dots.</summary>
    private static bool IsDottedAcronym(string run) =>
        run.Length >= 3 && run.Split('.').All(part => part.Length == 1 && char.IsLetter(part[0]));

    private static void AddRun(List<Token> tokens, string folded, int start, int end)
    {
        var run = folded[start..end];
        if (run.Any(char.IsAsciiDigit) || IsDottedAcronym(run))
        {
            tokens.Add(new Token(run, start, end));
            return;
        }

        var partStart = start;
        for (var j = start; j <= end; j++)
        {
            if (j == end || Joiners.Contains(folded[j], StringComparison.Ordinal))
            {
                if (j > partStart)
                {
                    tokens.Add(new Token(folded[partStart..j], partStart, j));
                }

                partStart = j + 1;
            }
        }
    }
}
