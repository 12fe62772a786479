namespace CreditBot.Ledger.Csv;

/// <summary>
/// Column maps for the receivables exports of LEDGER-FORMATS.md, each registered as a source under its key.
/// A <c>Ledger:CsvMaps:{key}</c> entry replaces a preset (e.g. to change its culture or date format).
/// </summary>
public static class CsvPresets
{
    /// <summary>SAP FBL5N customer line items (ALV export, US locale): DR invoice, DG credit memo, DZ payment; subtotal rows have no document number.</summary>
    public static CsvColumnMap SapFbl5n => new()
    {
        Culture = "en-US",
        DateFormats = ["M/d/yyyy", "MM/dd/yyyy", "dd.MM.yyyy", "yyyy-MM-dd"],
        Client = "Account",
        Number = "Document Number",
        DocumentType = "Document Type",
        DocumentTypes = new(StringComparer.OrdinalIgnoreCase) { ["DR"] = "Invoice", ["RV"] = "Invoice", ["DG"] = "CreditNote", ["DZ"] = "Payment" },
        RefuseUnknownDocumentTypes = true,
        UniqueNumbers = true,
        IssueDate = "Document Date",
        DueDate = "Net Due Date",
        Amount = "Amount in Local Currency",
        DunningLevel = "Dunning Level",
    };

    /// <summary>Business Central "Cust. Ledger Entries": Remaining Amount is open; closed entries (Open = No) skipped.</summary>
    public static CsvColumnMap BusinessCentral => new()
    {
        Culture = "en-US",
        DateFormats = ["M/d/yyyy", "MM/dd/yyyy", "yyyy-MM-dd", "dd/MM/yyyy"],
        Client = "Customer No.",
        ClientName = "Customer Name",
        Number = "Document No.",
        DocumentType = "Document Type",
        DocumentTypes = new(StringComparer.OrdinalIgnoreCase) { ["Invoice"] = "Invoice", ["Credit Memo"] = "CreditNote", ["Payment"] = "Payment", ["Refund"] = "Other", ["Finance Charge Memo"] = "Other", ["Reminder"] = "Other" },
        IssueDate = "Document Date",
        DueDate = "Due Date",
        Amount = "Amount",
        OpenAmount = "Remaining Amount",
        OpenFlag = "Open",
        Currency = "Currency Code",
    };

    /// <summary>ERPNext Accounts Receivable report: Outstanding Amount is open; the total row has no voucher.</summary>
    public static CsvColumnMap ErpNext => new()
    {
        Culture = "en-US",
        DateFormats = ["yyyy-MM-dd", "dd-MM-yyyy", "MM-dd-yyyy"],
        Client = "Party",
        ClientName = "Customer Name",
        Number = "Voucher No",
        DocumentType = "Voucher Type",
        DocumentTypes = new(StringComparer.OrdinalIgnoreCase) { ["Sales Invoice"] = "Invoice", ["Payment Entry"] = "Payment", ["Journal Entry"] = "Other" },
        IssueDate = "Posting Date",
        DueDate = "Due Date",
        Amount = "Invoiced Amount",
        OpenAmount = "Outstanding Amount",
        Currency = "Currency",
    };

    /// <summary>Odoo journal items (account.move.line) of the receivable accounts: Amount Residual is open.</summary>
    public static CsvColumnMap Odoo => new()
    {
        Culture = "en-US",
        DateFormats = ["yyyy-MM-dd", "MM/dd/yyyy"],
        Client = "Partner",
        ClientName = "Partner",
        Number = "Entry",
        IssueDate = "Date",
        DueDate = "Due Date",
        Debit = "Debit",
        Credit = "Credit",
        OpenAmount = "Amount Residual",
        Currency = "Currency",
        Account = "Account",
        AccountPrefixes = ["411"],
    };

    /// <summary>One row per invoice with issue, due and settled dates (the IBM "Late Payment Histories" shape).</summary>
    public static CsvColumnMap InvoiceHistory => new()
    {
        Culture = "en-US",
        DateFormats = ["M/d/yyyy", "MM/dd/yyyy", "yyyy-MM-dd"],
        Client = "customerID",
        Country = "countryCode",
        Number = "invoiceNumber",
        IssueDate = "InvoiceDate",
        DueDate = "DueDate",
        Amount = "InvoiceAmount",
        SettledDate = "SettledDate",
        Disputed = "Disputed",
    };

    /// <summary>Preset key → map (a fresh copy each time).</summary>
    public static IReadOnlyDictionary<string, Func<CsvColumnMap>> All { get; } = new Dictionary<string, Func<CsvColumnMap>>(StringComparer.OrdinalIgnoreCase)
    {
        ["fbl5n"] = () => SapFbl5n,
        ["business-central"] = () => BusinessCentral,
        ["erpnext"] = () => ErpNext,
        ["odoo"] = () => Odoo,
        ["invoice-history"] = () => InvoiceHistory,
    };
}
