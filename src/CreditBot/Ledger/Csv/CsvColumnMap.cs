namespace CreditBot.Ledger.Csv;

/// <summary>
/// How the columns of a receivables CSV map to open items (one row per item). Header names are matched
/// case-insensitively. Built-in presets live in <see cref="CsvPresets"/>; <c>Ledger:CsvMaps:{name}</c>
/// adds or overrides one (the <c>csv</c> source uses <c>Ledger:CsvMaps:csv</c>).
/// </summary>
public sealed class CsvColumnMap
{
    /// <summary>Culture of numbers (<c>en-US</c>: <c>-30,213.31</c>; <c>fr-FR</c>: <c>-30 213,31</c>).</summary>
    public string Culture { get; set; } = "fr-FR";

    /// <summary>Accepted date formats, tried in order (e.g. <c>M/d/yyyy</c>, <c>dd/MM/yyyy</c>, <c>yyyy-MM-dd</c>).</summary>
    public string[]? DateFormats { get; set; }

    /// <summary><see cref="DateFormats"/>, or <c>dd/MM/yyyy</c> and <c>yyyy-MM-dd</c> when unset.</summary>
    public string[] EffectiveDateFormats => DateFormats is { Length: > 0 } formats ? formats : ["dd/MM/yyyy", "yyyy-MM-dd"];

    /// <summary>Field delimiter; null detects it from the header (<c>,</c> <c>;</c> TAB).</summary>
    public string? Delimiter { get; set; }

    public string Client { get; set; } = "Client";

    public string? ClientName { get; set; }

    public string? Country { get; set; }

    public string Number { get; set; } = "Number";

    /// <summary>Column holding the document type, translated through <see cref="DocumentTypes"/>.</summary>
    public string? DocumentType { get; set; }

    /// <summary>Document type value → <c>Invoice</c>, <c>CreditNote</c>, <c>Payment</c> or <c>Other</c> (others by sign).</summary>
    public Dictionary<string, string> DocumentTypes { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public string IssueDate { get; set; } = "IssueDate";

    public string? DueDate { get; set; }

    /// <summary>Signed amount of the item (credit notes and payments negative). Or <see cref="Debit"/> and <see cref="Credit"/>.</summary>
    public string? Amount { get; set; }

    public string? Debit { get; set; }

    public string? Credit { get; set; }

    /// <summary>What is still open; when absent, the whole amount is open unless <see cref="SettledDate"/> says otherwise.</summary>
    public string? OpenAmount { get; set; }

    /// <summary>A boolean "open" column: rows where it is false are not open items.</summary>
    public string? OpenFlag { get; set; }

    /// <summary>Date the item was settled (invoice-history shape): settled items give a payment, not an open item.</summary>
    public string? SettledDate { get; set; }

    public string? Disputed { get; set; }

    public string? DunningLevel { get; set; }

    public string? Currency { get; set; }

    /// <summary>Account column and the prefixes of receivable accounts (journal-item exports hold every account).</summary>
    public string? Account { get; set; }

    public string[]? AccountPrefixes { get; set; }

    /// <summary>A document type missing from <see cref="DocumentTypes"/> (or blank) is refused instead of read by sign.</summary>
    public bool RefuseUnknownDocumentTypes { get; set; }

    /// <summary>A client's document number may appear on one row only (a second row is refused).</summary>
    public bool UniqueNumbers { get; set; }

    /// <summary>Rows without a document number are subtotals (SAP FBL5N, ERPNext): skipped.</summary>
    public bool SkipRowsWithoutNumber { get; set; } = true;
}
