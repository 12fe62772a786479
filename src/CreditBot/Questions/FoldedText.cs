using System.Globalization;
using System.Text;

namespace CreditBot.Questions;

/// <summary>
/// Text folded for matching: lower case, accents and ligatures removed, typographic quotes and dashes
/// made plain, apostrophes, white space and anything unprintable turned into a space. Keeps, for every folded
/// character, the index of the original character it came from, so that a span found in the folded
/// text can be shown as the user typed it.
/// </summary>
internal sealed class FoldedText
{
    private readonly int[] _origin;

    private FoldedText(string original, string text, int[] origin)
    {
        Original = original;
        Text = text;
        _origin = origin;
    }

    public string Original { get; }

    public string Text { get; }

    public static FoldedText Create(string original)
    {
        var text = new StringBuilder(original.Length + 8);
        var origin = new List<int>(original.Length + 8);
        for (var i = 0; i < original.Length; i++)
        {
            foreach (var c in FoldChar(original[i]))
            {
                text.Append(c);
                origin.Add(i);
            }
        }

        return new FoldedText(original, text.ToString(), [.. origin]);
    }

    /// <summary>Folds a string without keeping the map (client names, codes).</summary>
    public static string Fold(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            text.Append(FoldChar(c));
        }

        return text.ToString();
    }

    /// <summary>The original text behind the folded span [start, end).</summary>
    public string OriginalSlice(int start, int end)
    {
        if (start >= end || start < 0 || end > _origin.Length)
        {
            return string.Empty;
        }

        var from = _origin[start];
        var to = _origin[end - 1] + 1;
        return Original[from..to];
    }

    private static string FoldChar(char c)
    {
        if (c < 128)
        {
            // Apostrophes separate words: "l'encours d'ACME" reads "l encours d acme".
            return char.IsControl(c) || c is '\'' or '`' ? " " : char.ToLowerInvariant(c).ToString();
        }

        switch (c)
        {
            case 'œ' or 'Œ':
                return "oe";
            case 'æ' or 'Æ':
                return "ae";
            case 'ß':
                return "ss";
            case '\u2018' or '\u2019' or '\u02BC' or '\u00B4' or '\u2032':
                return " ";
            case '\u00AB' or '\u00BB' or '\u201C' or '\u201D' or '\u201E':
                return "\"";
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212':
                return "-";
            default:
                break;
        }

        // A lone surrogate would make Normalize throw; emoji and the like separate words anyway.
        if (char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c))
        {
            return " ";
        }

        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        foreach (var part in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                kept.Append(char.ToLowerInvariant(part));
            }
        }

        return kept.ToString();
    }
}
