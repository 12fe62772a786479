using CreditBot.Demo;
using CreditBot.Domain.Clients;
using CreditBot.Questions;
using CreditBot.Tests.Support;

namespace CreditBot.Tests.Questions;

/// <summary>
/// Salespeople call a client by one word ("Lefebvre", "ACME"), typed fast: one letter swapped with the next or
/// one letter missing. Over the demo's 300 clients, every such typo of every one-word short form must give what
/// the short form itself gives (the one client, or the same clients to choose from), and never another client.
/// </summary>
public class ShortFormTypoTests
{
    private static readonly Lazy<IReadOnlyList<Client>> DemoClients = new(LoadDemoClients);

    [Fact]
    public void Every_one_letter_swap_or_omission_of_a_demo_short_form_finds_what_the_short_form_finds()
    {
        var matcher = new ClientMatcher(DemoClients.Value);
        var shortForms = DemoClients.Value.Select(c => c.Name.Split(' ')[0]).Distinct(StringComparer.Ordinal).ToList();
        var folded = shortForms.Select(Fold).ToHashSet(StringComparer.Ordinal);

        var tried = 0;
        var missed = new List<string>();
        var wrong = new List<string>();
        var whole = 0;
        foreach (var shortForm in shortForms)
        {
            var before = missed.Count + wrong.Count;
            var expected = Clients(matcher.Match(shortForm));
            // A typo that is another client's short form ("Gautier" for "Gauthier") is that client's name, and one as
            // close to another short form ("Girad": Girard, Giraud) or the start of one ("Blan": Blanc, Blanchard)
            // could be either: none is a typo of one name.
            var typos = Typos(shortForm).Where(t => !folded.Any(other => other != Fold(shortForm)
                && (OneEditApart(Fold(t), other) || other.StartsWith(Fold(t), StringComparison.Ordinal))));
            foreach (var typo in typos)
            {
                tried++;
                var found = Clients(matcher.Match(typo));
                // The clients the short form finds must all be offered; a close name may be offered with them.
                if (!found.IsSupersetOf(expected))
                {
                    (found.Count > 0 && !found.Overlaps(expected) ? wrong : missed).Add($"{typo} ({shortForm})");
                }
            }

            whole += missed.Count + wrong.Count == before ? 1 : 0;
        }

        Assert.True(shortForms.Count >= 50, $"{shortForms.Count} short forms");
        Assert.True(missed.Count == 0 && wrong.Count == 0, $"{tried - missed.Count - wrong.Count} of {tried} typos matched; {whole} of {shortForms.Count} short forms with every typo matched; missed: {string.Join(", ", missed)}; wrong client: {string.Join(", ", wrong)}");
    }

    /// <summary>Each adjacent swap and each single omission, distinct from the word.</summary>
    internal static IEnumerable<string> Typos(string word)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { word };
        for (var i = 0; i + 1 < word.Length; i++)
        {
            var swapped = string.Concat(word.AsSpan(0, i), word[i + 1].ToString(), word[i].ToString(), word.AsSpan(i + 2));
            if (seen.Add(swapped))
            {
                yield return swapped;
            }
        }

        for (var i = 0; i < word.Length; i++)
        {
            var missing = word.Remove(i, 1);
            if (seen.Add(missing))
            {
                yield return missing;
            }
        }
    }

    private static bool OneEditApart(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var swaps = Typos(b).Select(Fold);
        return Typos(a).Select(Fold).Contains(b) || swaps.Contains(a) || (a.Length == b.Length && a.Zip(b).Count(p => p.First != p.Second) == 1);
    }

    private static string Fold(string word) =>
        string.Concat(word.Normalize(System.Text.NormalizationForm.FormD).Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark)).ToLowerInvariant();

    private static HashSet<string> Clients(ClientMatch match) => match switch
    {
        ClientMatch.Found found => [found.Client.Code.Value],
        ClientMatch.Ambiguous ambiguous => [.. ambiguous.Candidates.Select(c => c.Code.Value)],
        _ => [],
    };

    internal static IReadOnlyList<Client> LoadDemoClients()
    {
        using var folder = new TempFolder();
        var files = DemoLedgerGenerator.Write(folder.Path, new DemoSettings(new DemoOptions().Clients, new DemoOptions().Seed, new DateOnly(2026, 11, 23)));
        return [.. File.ReadLines(files.Clients).Skip(1)
            .Select(line => line.Split(';'))
            .Select(cells => new Client { Code = new ClientCode(cells[0]), Name = cells[1] })];
    }
}
