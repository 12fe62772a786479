using CreditBot.Domain.Clients;
using CreditBot.Questions;
using CsCheck;

namespace CreditBot.Tests.Questions;

public class ClientMatcherProperties
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzéèàçôü";

    // Words the matcher treats as legal forms or family tails; a random name made of them would be trimmed.
    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "sarl", "sarlu", "eurl", "sasu", "scop", "selarl", "selas", "eirl", "earl", "gaec", "gmbh", "bvba", "sprl", "corp",
        "limited", "incorporated", "corporation", "fils", "sons", "bros", "freres", "compagnie", "brothers", "associes",
        "associates", "partners", "soeurs", "sapl",
    };

    private static readonly Gen<string> Word = Gen.Char[Letters].Array[4, 9]
        .Select(chars => new string(chars))
        .Where(w => !Reserved.Contains(FoldedText.Fold(w)));

    private static readonly Gen<string> Name = Word.Array[1, 3]
        .Select(words => string.Join(' ', words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])));

    private static readonly Gen<Client[]> Clients = Name.Array[1, 40]
        .Select(names => names.DistinctBy(ClientKey).ToArray())
        .Select(names => names.Select((name, i) => new Client { Code = new ClientCode($"C{i:00000}"), Name = name }).ToArray());

    [Fact]
    public void A_clients_exact_code_or_exact_name_always_finds_that_client()
    {
        var cases = Clients.SelectMany(clients => Gen.Int[0, clients.Length - 1].Select(i => (clients, i)));

        cases.Sample((clients, index) =>
        {
            var matcher = new ClientMatcher(clients);
            var client = clients[index];

            var byCode = matcher.Match(client.Code.Value.ToLowerInvariant());
            var byName = matcher.Match(client.Name);

            Assert.Equal(new ClientMatch.Found(client), byCode);
            Assert.Equal(new ClientMatch.Found(client), byName);
        }, iter: 300);
    }

    [Fact]
    public void A_one_letter_typo_in_a_unique_name_of_six_letters_or_more_still_finds_the_client()
    {
        var cases = Clients
            .SelectMany(clients => Gen.Int[0, clients.Length - 1].Select(i => (clients, i)))
            .Where(c => c.clients[c.i].Name.Count(char.IsLetter) >= 6)
            .SelectMany(c => Gen.Int[0, 3].Select(Gen.Int[0, 1_000], Gen.Char["abcdefghijklmnopqrstuvwxyz"], (kind, at, letter) => (c.clients, c.i, Typo(c.clients[c.i].Name, kind, at, letter))));

        cases.Sample((clients, index, query) =>
        {
            var matcher = new ClientMatcher(clients);
            var unique = clients.Where((_, i) => i != index).All(other => EditDistance.Between(Compact(other.Name), Compact(query)) > 3);
            if (!unique)
            {
                return;
            }

            var match = matcher.Match(query);

            Assert.Equal(new ClientMatch.Found(clients[index]), match);
        }, iter: 500);
    }

    /// <summary>One edit at a letter: 0 substitutes, 1 deletes, 2 inserts, 3 swaps with the next letter.</summary>
    private static string Typo(string name, int kind, int seed, char letter)
    {
        var letters = Enumerable.Range(0, name.Length).Where(i => char.IsLetter(name[i])).ToArray();
        var at = letters[seed % letters.Length];
        return kind switch
        {
            0 => name[..at] + (FoldedText.Fold(name[at].ToString()) == letter.ToString() ? (letter == 'z' ? 'y' : 'z') : letter) + name[(at + 1)..],
            1 => name.Remove(at, 1),
            2 => name.Insert(at, letter.ToString()),
            _ => at + 1 < name.Length && char.IsLetter(name[at + 1]) ? name[..at] + name[at + 1] + name[at] + name[(at + 2)..] : name.Remove(at, 1),
        };
    }

    private static string ClientKey(string name) => FoldedText.Fold(name);

    private static string Compact(string name) => string.Concat(FoldedText.Fold(name).Where(char.IsLetterOrDigit));
}
