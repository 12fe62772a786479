using System.Globalization;
using System.Text;

namespace CreditBot.Ledger;

/// <summary>The outcome of an import, for the CLI (text or JSON), the endpoint (JSON) and the logs (counts only).</summary>
public sealed record ImportReport
{
    public required ImportStatus Status { get; init; }

    public required string Source { get; init; }

    public required IReadOnlyList<string> Files { get; init; }

    public IReadOnlyList<ImportProblem> Problems { get; init; } = [];

    public ImportCounts Counts { get; init; } = ImportCounts.None;

    public long LinesRead { get; init; }

    /// <summary>Σ of positive open items (receivables).</summary>
    public decimal OpenReceivables { get; init; }

    /// <summary>Σ of negative open items (unapplied payments, credit notes): they lower exposure.</summary>
    public decimal CreditBalances { get; init; }

    public decimal OrdersTotal { get; init; }

    public string Currency { get; init; } = "EUR";

    /// <summary>Where <see cref="Currency"/> came from: the import request (<c>--currency</c>) or the setting <c>Ledger:Currency</c>.</summary>
    public string CurrencyFrom { get; init; } = "";

    /// <summary>The totals a user checks first against their ledger: invoiced, open, settled and settled late.</summary>
    public ImportTotals Totals { get; init; } = ImportTotals.None;

    public int DueDatesFromSource { get; init; }

    public int DueDatesFromClientTerms { get; init; }

    public int DueDatesFromDefaultTerms { get; init; }

    /// <summary>The default terms used for clients without terms, e.g. "30 days Net".</summary>
    public string DefaultTerms { get; init; } = "";

    public DateOnly? AsOf { get; init; }

    public string Checksum { get; init; } = "";

    public int? RunId { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    public long ElapsedMilliseconds { get; init; }

    /// <summary>Time spent reading and validating (checksum, source, master files).</summary>
    public long ReadMilliseconds { get; init; }

    /// <summary>Time spent writing the snapshot (one transaction and a checkpoint).</summary>
    public long WriteMilliseconds { get; init; }

    public bool Succeeded => Status != ImportStatus.Failed;

    public string ToText()
    {
        var fr = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.Append(fr, $"Import {Source}: {Status.ToString().ToUpperInvariant()} ({string.Join(", ", Files)})").AppendLine();
        if (Problems.Count > 0)
        {
            text.Append(fr, $"{Problems.Count} problem(s); nothing was written:").AppendLine();
            foreach (var problem in Problems)
            {
                text.Append("  ").Append(problem).AppendLine();
            }

            return text.ToString();
        }

        if (Status == ImportStatus.Unchanged)
        {
            text.AppendLine("unchanged: these inputs are already the stored snapshot; nothing written.");
        }

        text.Append(fr, $"  {LinesRead} lines read; {Counts}").AppendLine();
        text.Append(fr, $"  open receivables {OpenReceivables:N2} {Currency}, credit balances {CreditBalances:N2} {Currency}, orders {OrdersTotal:N2} {Currency}").AppendLine();
        text.Append(fr, $"  totals: {Totals.ToText(Currency)} (settled late: paid after the due date; invoiced amount: sales journals, tax included)").AppendLine();
        text.Append(fr, $"  amounts without a currency of their own read as {Currency} ({CurrencyFrom}{(CurrencyFrom.StartsWith("the setting", StringComparison.Ordinal) ? "; another with --currency" : "")})").AppendLine();
        text.Append(fr, $"  due dates: {DueDatesFromSource} from the source, {DueDatesFromClientTerms} computed from client terms, {DueDatesFromDefaultTerms} computed from default terms ({DefaultTerms})").AppendLine();
        if (AsOf is { } asOf)
        {
            text.Append(fr, $"  as of {asOf:yyyy-MM-dd}").AppendLine();
        }

        foreach (var note in Notes)
        {
            text.Append("  ").AppendLine(note);
        }

        text.Append(fr, $"  checksum {Checksum}{(RunId is { } id ? $", run {id}" : "")}, {ElapsedMilliseconds} ms (read {ReadMilliseconds} ms, write {WriteMilliseconds} ms)").AppendLine();
        return text.ToString();
    }
}
