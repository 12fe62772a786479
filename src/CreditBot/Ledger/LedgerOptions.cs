using System.ComponentModel.DataAnnotations;
using CreditBot.Domain;
using CreditBot.Domain.Clients;
using CreditBot.Ledger.Csv;

namespace CreditBot.Ledger;

/// <summary>The <c>Ledger</c> section: how ledgers are read and what fills their gaps.</summary>
public sealed class LedgerOptions
{
    public const string SectionName = "Ledger";

    /// <summary>The company's currency (ISO 4217), for sources whose files carry none.</summary>
    [Required, RegularExpression("^[A-Za-z]{3}$")]
    public string Currency { get; set; } = "EUR";

    /// <summary>Terms for clients whose master has none: due date = invoice date + these days.</summary>
    [Range(0, 365)]
    public int DefaultTermsDays { get; set; } = 30;

    public PaymentTermsBasis DefaultTermsBasis { get; set; } = PaymentTermsBasis.Net;

    /// <summary>Folder scanned at start for plugin assemblies implementing <see cref="ILedgerSource"/>; relative to the app folder.</summary>
    public string PluginsFolder { get; set; } = "plugins";

    public FecOptions Fec { get; set; } = new();

    /// <summary>Column maps for the <c>csv</c> source and for extra named CSV sources (key = source name).</summary>
    public Dictionary<string, CsvColumnMap> CsvMaps { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The currency (ISO 4217) of a source's amounts when its files name none, by source key, e.g.
    /// <c>"invoice-history": "USD"</c>; a source not listed uses <see cref="Currency"/>. An import's <c>--currency</c> wins.
    /// </summary>
    public Dictionary<string, string> SourceCurrencies { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Currency CompanyCurrency => new(Currency);

    public PaymentTerms DefaultTerms => new(DefaultTermsDays, DefaultTermsBasis);
}

/// <summary>The <c>Ledger:Fec</c> section. Lists left unset take the defaults (configuration binding appends to
/// an initialised array, so the defaults live in the <c>Effective…</c> members, not in initialisers).</summary>
public sealed class FecOptions
{
    /// <summary>General-ledger account prefixes holding customers (default 411 customers, 416 doubtful customers).</summary>
    public string[]? CustomerAccountPrefixes { get; set; }

    /// <summary>Journal codes of sales (default VE, VT, VTE): their 411 lines count as invoiced sales (DSO) and their credits as credit notes.</summary>
    public string[]? SalesJournals { get; set; }

    /// <summary>Journal codes of opening balances (à-nouveaux, default AN, RAN): neither sales nor payments.</summary>
    public string[]? OpeningJournals { get; set; }

    public IReadOnlyList<string> EffectiveCustomerAccountPrefixes => CustomerAccountPrefixes is { Length: > 0 } p ? p : ["411", "416"];

    public IReadOnlyList<string> EffectiveSalesJournals => SalesJournals is { Length: > 0 } j ? j : ["VE", "VT", "VTE"];

    public IReadOnlyList<string> EffectiveOpeningJournals => OpeningJournals is { Length: > 0 } j ? j : ["AN", "RAN"];
}
