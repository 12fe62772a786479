using System.Collections.Frozen;

namespace CreditBot.Questions;

/// <summary>Country names a salesperson is likely to type, folded, in French and English, with their ISO 3166 alpha-2 code.</summary>
internal static class Countries
{
    private static readonly FrozenDictionary<string, string> ByName = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["france"] = "FR",
        ["allemagne"] = "DE",
        ["germany"] = "DE",
        ["belgique"] = "BE",
        ["belgium"] = "BE",
        ["espagne"] = "ES",
        ["spain"] = "ES",
        ["italie"] = "IT",
        ["italy"] = "IT",
        ["royaume uni"] = "GB",
        ["united kingdom"] = "GB",
        ["uk"] = "GB",
        ["grande bretagne"] = "GB",
        ["great britain"] = "GB",
        ["angleterre"] = "GB",
        ["england"] = "GB",
        ["suisse"] = "CH",
        ["switzerland"] = "CH",
        ["luxembourg"] = "LU",
        ["pays bas"] = "NL",
        ["netherlands"] = "NL",
        ["the netherlands"] = "NL",
        ["hollande"] = "NL",
        ["holland"] = "NL",
        ["portugal"] = "PT",
        ["autriche"] = "AT",
        ["austria"] = "AT",
        ["pologne"] = "PL",
        ["poland"] = "PL",
        ["irlande"] = "IE",
        ["ireland"] = "IE",
        ["suede"] = "SE",
        ["sweden"] = "SE",
        ["danemark"] = "DK",
        ["denmark"] = "DK",
        ["norvege"] = "NO",
        ["norway"] = "NO",
        ["finlande"] = "FI",
        ["finland"] = "FI",
        ["grece"] = "GR",
        ["greece"] = "GR",
        ["republique tcheque"] = "CZ",
        ["czech republic"] = "CZ",
        ["czechia"] = "CZ",
        ["roumanie"] = "RO",
        ["romania"] = "RO",
        ["hongrie"] = "HU",
        ["hungary"] = "HU",
        ["etats unis"] = "US",
        ["united states"] = "US",
        ["usa"] = "US",
        ["canada"] = "CA",
        ["maroc"] = "MA",
        ["morocco"] = "MA",
        ["tunisie"] = "TN",
        ["tunisia"] = "TN",
        ["algerie"] = "DZ",
        ["algeria"] = "DZ",
        ["chine"] = "CN",
        ["china"] = "CN",
        ["japon"] = "JP",
        ["japan"] = "JP",
        ["inde"] = "IN",
        ["india"] = "IN",
        ["bresil"] = "BR",
        ["brazil"] = "BR",
        ["mexique"] = "MX",
        ["mexico"] = "MX",
        ["turquie"] = "TR",
        ["turkey"] = "TR",
        ["senegal"] = "SN",
        ["cote d ivoire"] = "CI",
        ["ivory coast"] = "CI",
        ["monaco"] = "MC",
        ["andorre"] = "AD",
        ["andorra"] = "AD",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> KnownCodes = ByName.Values.Append("UK").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"US", "UK", "DE" typed in capitals: a code of a country in the list, as ISO ("UK" is "GB").</summary>
    public static string? FindCapitalisedCode(string original) =>
        original.Length == 2 && original.All(char.IsAsciiLetterUpper) && KnownCodes.Contains(original)
            ? (original == "UK" ? "GB" : original)
            : null;

    /// <summary>The ISO code for a folded country name, or for a two-letter code when <paramref name="acceptCode"/>.</summary>
    public static string? Find(string foldedName, bool acceptCode)
    {
        if (ByName.TryGetValue(foldedName, out var code))
        {
            return code;
        }

        return acceptCode && foldedName.Length == 2 && foldedName.All(char.IsAsciiLetterLower)
            ? foldedName.ToUpperInvariant()
            : null;
    }
}
