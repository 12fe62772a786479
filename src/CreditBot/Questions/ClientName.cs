using System.Collections.Frozen;
using System.Text;

namespace CreditBot.Questions;

/// <summary>
/// A company name folded three ways for matching: <see cref="Full"/> (every word), <see cref="NoForm"/>
/// (legal form such as SA, SARL, GmbH, Ltd dropped from either end) and <see cref="Core"/> (also without a
/// trailing "et Fils", "&amp; Cie", "and Sons"). <see cref="Words"/> are the core's words without "&amp;"/"et";
/// <see cref="Compact"/> is the core without spaces, for whole-name typo distance.
/// </summary>
internal sealed record ClientName(string Full, string NoForm, string Core, string[] Words, string Compact)
{
    public static FrozenSet<string> LegalForms { get; } = FrozenSet.ToFrozenSet(
        ["sa", "sas", "sasu", "sarl", "sarlu", "eurl", "sci", "snc", "scs", "sca", "scp", "scop", "scm", "selarl", "selas",
         "gie", "eirl", "ei", "earl", "gaec", "gmbh", "ag", "kg", "ohg", "ug", "ltd", "limited", "plc", "llp", "lp", "llc",
         "inc", "incorporated", "corp", "corporation", "bv", "nv", "bvba", "sprl", "srl", "spa", "sl", "slu", "sau", "oy",
         "ab", "as", "aps", "asa", "kft", "sro", "pty", "pvt", "cv", "sc", "sasu", "sapl"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(["&", "et", "and", "und", "y", "+"], StringComparer.Ordinal);

    private static readonly FrozenSet<string> FamilyTails = FrozenSet.ToFrozenSet(
        ["fils", "cie", "co", "compagnie", "sons", "son", "freres", "brothers", "bros", "associes", "associates", "partners", "soeurs"],
        StringComparer.Ordinal);

    public static ClientName Of(string name)
    {
        var all = Split(name);
        var noForm = Trim(all, w => LegalForms.Contains(w) || Connectors.Contains(w), w => LegalForms.Contains(w) || Connectors.Contains(w));
        var core = Trim(noForm, w => false, w => FamilyTails.Contains(w) || LegalForms.Contains(w) || Connectors.Contains(w));
        var words = core.Where(w => !Connectors.Contains(w)).ToArray();
        return new ClientName(string.Join(' ', all), string.Join(' ', noForm), string.Join(' ', core), words, string.Concat(words));
    }

    /// <summary>Folded words: dots dropped ("S.A." is "sa"), other punctuation separates, "&amp;" is a word.</summary>
    private static List<string> Split(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in FoldedText.Fold(name))
        {
            if (char.IsLetterOrDigit(c))
            {
                text.Append(c);
            }
            else if (c is '&' or '+')
            {
                text.Append(' ').Append(c).Append(' ');
            }
            else if (c != '.')
            {
                text.Append(' ');
            }
        }

        return [.. text.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Drops words from the start and the end while they match, never down to nothing.</summary>
    private static List<string> Trim(List<string> words, Func<string, bool> atStart, Func<string, bool> atEnd)
    {
        var first = 0;
        var last = words.Count - 1;
        while (first < last && atStart(words[first]))
        {
            first++;
        }

        while (last > first && atEnd(words[last]))
        {
            last--;
        }

        return first <= last ? words.GetRange(first, last - first + 1) : words;
    }
}
