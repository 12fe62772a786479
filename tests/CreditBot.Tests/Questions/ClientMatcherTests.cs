using CreditBot.Domain.Clients;
using CreditBot.Questions;

namespace CreditBot.Tests.Questions;

public class ClientMatcherTests
{
    private static readonly Client Acme = Client("C00001", "ACME Industrie SAS") with { Siren = "552100554", Siret = "552 100 554 00012", VatNumber = "FR44552100554" };
    private static readonly Client Dupont = Client("C00002", "Dupont et Fils SARL");
    private static readonly Client DurandLogistique = Client("C00003", "Durand Logistique");
    private static readonly Client DurandBtp = Client("C00004", "Durand BTP");
    private static readonly Client Martin = Client("C00042", "Martin & Cie");
    private static readonly Client Muller = Client("C00006", "Müller GmbH");
    private static readonly Client Smith = Client("C00007", "Smith Ltd");
    private static readonly Client Leroy = Client("C00008", "Établissements Leroy SA");
    private static readonly Client Electricite = Client("C00009", "Électricité Rhône-Alpes");
    private static readonly Client Procter = Client("C00010", "Procter & Gamble Inc.");

    private static readonly ClientMatcher Matcher = new([Acme, Dupont, DurandLogistique, DurandBtp, Martin, Muller, Smith, Leroy, Electricite, Procter]);

    public static TheoryData<string, string> FoundQueries => new()
    {
        { "acmee", "C00001" },
        { "ACME", "C00001" },
        { "acme industrie", "C00001" },
        { "ACME Industrie SAS", "C00001" },
        { "ACME SA", "C00001" },
        { "acme indus", "C00001" },
        { "Dupond", "C00002" },
        { "Dupont", "C00002" },
        { "dupont & fils", "C00002" },
        { "Dupont et Fils SARL", "C00002" },
        { "C00042", "C00042" },
        { "c00042", "C00042" },
        { "C 00042", "C00042" },
        { "552 100 554", "C00001" },
        { "552100554", "C00001" },
        { "552 100 554 00012", "C00001" },
        { "FR 44 552 100 554", "C00001" },
        { "muller", "C00006" },
        { "Mueller", "C00006" },
        { "Smith Limited", "C00007" },
        { "leroy", "C00008" },
        { "electricite rhone alpes", "C00009" },
        { "Electricité Rhone", "C00009" },
        { "durand logistiq", "C00003" },
        { "durand log", "C00003" },
        { "Durand BTP", "C00004" },
        { "durnad btp", "C00004" },
        { "procter gamble", "C00010" },
        { "Procter and Gamble", "C00010" },
        { "proctre & gamble", "C00010" },
    };

    [Theory]
    [MemberData(nameof(FoundQueries))]
    public void A_code_number_or_name_close_enough_finds_the_one_client(string query, string code)
    {
        var match = Matcher.Match(query);

        var found = Assert.IsType<ClientMatch.Found>(match);
        Assert.Equal(code, found.Client.Code.Value);
    }

    [Theory]
    [InlineData("SA")]
    [InlineData("S.A.")]
    [InlineData("SAS")]
    [InlineData("SASU")]
    [InlineData("SARL")]
    [InlineData("EURL")]
    [InlineData("SCI")]
    [InlineData("SNC")]
    [InlineData("GmbH")]
    [InlineData("GmbH & Co. KG")]
    [InlineData("Ltd")]
    [InlineData("Ltd.")]
    [InlineData("Limited")]
    [InlineData("Inc.")]
    [InlineData("LLC")]
    [InlineData("BV")]
    [InlineData("NV")]
    [InlineData("SpA")]
    [InlineData("SL")]
    [InlineData("et Fils")]
    [InlineData("& Fils")]
    [InlineData("& Cie")]
    [InlineData("et Cie SARL")]
    [InlineData("and Sons Ltd")]
    public void A_legal_form_or_family_tail_is_ignored_whichever_way_it_is_typed(string suffix)
    {
        var zephyr = Client("Z1", $"Zéphyr {suffix}");
        var matcher = new ClientMatcher([zephyr, Client("Z2", "Zephyrine Conseil"), Client("Z3", "Azur Zephyr Transports")]);

        var bare = matcher.Match("zephyr");
        var otherForm = matcher.Match("Zephyr SARL");

        Assert.Equal(zephyr, Assert.IsType<ClientMatch.Found>(bare).Client);
        Assert.Equal(zephyr, Assert.IsType<ClientMatch.Found>(otherForm).Client);
    }

    [Theory]
    [InlineData("ACME Industrie 17", "C00001")]
    [InlineData("Dupont et Fils 2", "C00002")]
    [InlineData("3 Durand BTP", "C00004")]
    [InlineData("Garage 2000", "G2")]
    [InlineData("Garage 2000 17", "G2")]
    [InlineData("Garage 17", "G1")]
    [InlineData("Garage 2001", "G2")]
    public void A_number_in_no_clients_name_does_not_hide_an_exact_name(string query, string code)
    {
        var matcher = new ClientMatcher([Acme, Dupont, DurandBtp, DurandLogistique, Client("G1", "Garage"), Client("G2", "Garage 2000")]);

        var found = Assert.IsType<ClientMatch.Found>(matcher.Match(query));

        Assert.Equal(code, found.Client.Code.Value);
    }

    [Fact]
    public void A_stray_number_is_left_out_of_the_typo_tolerant_match_too()
    {
        var found = Assert.IsType<ClientMatch.Found>(Matcher.Match("acmee 17"));

        Assert.Equal("C00001", found.Client.Code.Value);
    }

    [Fact]
    public void A_name_shared_by_two_clients_is_ambiguous_best_first()
    {
        var match = Matcher.Match("durand");

        var ambiguous = Assert.IsType<ClientMatch.Ambiguous>(match);
        Assert.Equal([DurandBtp, DurandLogistique], ambiguous.Candidates);
    }

    [Fact]
    public void A_typo_close_to_two_clients_is_ambiguous()
    {
        var match = Matcher.Match("Durant");

        var ambiguous = Assert.IsType<ClientMatch.Ambiguous>(match);
        Assert.Equal(2, ambiguous.Candidates.Count);
    }

    [Fact]
    public void An_ambiguous_answer_lists_at_most_eight_candidates()
    {
        var matcher = new ClientMatcher(Enumerable.Range(1, 12).Select(i => Client($"D{i:000}", $"Durand Agence {i}")));

        var match = matcher.Match("durand");

        var ambiguous = Assert.IsType<ClientMatch.Ambiguous>(match);
        Assert.Equal(ClientMatcher.MaxCandidates, ambiguous.Candidates.Count);
    }

    [Fact]
    public void Two_clients_with_the_same_name_are_ambiguous_even_on_an_exact_name()
    {
        var twin = Client("C00099", "Durand BTP");
        var matcher = new ClientMatcher([DurandBtp, twin, Acme]);

        var match = matcher.Match("Durand BTP");

        var ambiguous = Assert.IsType<ClientMatch.Ambiguous>(match);
        Assert.Equal([DurandBtp, twin], ambiguous.Candidates);
    }

    [Fact]
    public void Two_establishments_of_one_company_share_a_siren_and_are_ambiguous()
    {
        var north = Client("C00101", "Biscuits Nord") with { Siret = "123 456 789 00011" };
        var south = Client("C00102", "Biscuits Sud") with { Siret = "123 456 789 00029" };
        var matcher = new ClientMatcher([north, south]);

        var bySiren = matcher.Match("123 456 789");
        var bySiret = matcher.Match("12345678900029");

        Assert.Equal([north, south], Assert.IsType<ClientMatch.Ambiguous>(bySiren).Candidates);
        Assert.Equal(south, Assert.IsType<ClientMatch.Found>(bySiret).Client);
    }

    [Fact]
    public void Nothing_close_is_not_found_without_suggestions()
    {
        var match = Matcher.Match("xyzzy");

        var notFound = Assert.IsType<ClientMatch.NotFound>(match);
        Assert.Empty(notFound.Suggestions);
    }

    [Fact]
    public void A_name_only_partly_right_is_not_found_but_suggests_the_closest_client()
    {
        var match = Matcher.Match("Leroy Merlin");

        var notFound = Assert.IsType<ClientMatch.NotFound>(match);
        Assert.Equal(Leroy, notFound.Suggestions[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("SARL")]
    [InlineData("?!")]
    public void An_empty_or_meaningless_query_is_not_found(string? query)
    {
        var match = Matcher.Match(query);

        Assert.IsType<ClientMatch.NotFound>(match);
    }

    [Fact]
    public void An_empty_client_list_finds_nothing()
    {
        var matcher = new ClientMatcher([]);

        var match = matcher.Match("acme");

        Assert.Empty(Assert.IsType<ClientMatch.NotFound>(match).Suggestions);
    }

    [Fact]
    public void Among_ten_thousand_clients_codes_numbers_exact_names_and_typos_still_find_the_client()
    {
        string[] surnames = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau"];
        string[] trades = ["Industrie", "Logistique", "BTP", "Transports", "Distribution", "Services", "Bâtiment", "Électricité"];
        string[] forms = ["SA", "SAS", "SARL", "", "et Fils", "GmbH"];
        var clients = Enumerable.Range(0, 10_000)
            .Select(i => Client($"C{i:00000}", $"{surnames[i % 10]} {trades[i / 10 % 8]} {forms[i / 80 % 6]} {i}".Replace("  ", " ", StringComparison.Ordinal)) with { Siren = $"{100_000_000 + i}" })
            .Append(Acme)
            .ToList();
        var matcher = new ClientMatcher(clients);

        var byCode = matcher.Match("c04242");
        var bySiren = matcher.Match("100 004 242");
        var byName = matcher.Match(clients[4242].Name);
        var byTypo = matcher.Match("acme industrei");

        Assert.Equal(clients[4242], Assert.IsType<ClientMatch.Found>(byCode).Client);
        Assert.Equal(clients[4242], Assert.IsType<ClientMatch.Found>(bySiren).Client);
        Assert.Equal(clients[4242], Assert.IsType<ClientMatch.Found>(byName).Client);
        Assert.Equal(Acme, Assert.IsType<ClientMatch.Found>(byTypo).Client);
    }

    private static Client Client(string code, string name) => new() { Code = new ClientCode(code), Name = name };
}
