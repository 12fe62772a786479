using CreditBot.Domain.Clients;
using CreditBot.Domain.Receivables;

namespace CreditBot.Domain.Orders;

/// <summary>
/// Did releasing pay off? For each order released in a period (plainly, on conditions or automatically), what became
/// of the invoices issued to its client in the <see cref="WindowDays"/> days from the release: one went more than
/// <see cref="LateAfterDays"/> days past its due date (paid that late, or still open that late at the as-of date), all
/// were settled within that margin, or it is too early to tell (the window is still open, or an invoice is open and not
/// yet that late), or no invoice was issued in the window. The ledger does not link an invoice to the order it bills, so
/// the client's invoices over the window stand for the order's: an order is usually invoiced within weeks of its release.
/// </summary>
public sealed record ReleaseFollowUp(
    int Releases,
    int WentLate,
    int OnTime,
    int TooEarly,
    int NoInvoice,
    IReadOnlyList<LateRelease> Late)
{
    /// <summary>How long after a release the client's invoices are taken as the order's.</summary>
    public const int WindowDays = 60;

    /// <summary>Past due by more than this many days counts as gone bad.</summary>
    public const int LateAfterDays = 30;

    public const string Definition =
        "Did releasing pay off: for each release in the period, the invoices issued to the client in the 60 days from the "
        + "release (the ledger does not link invoices to orders). Went late: one was paid, or is still open, more than 30 "
        + "days past due. On time: all were settled within 30 days of due and the 60 days are over. Too early: the window "
        + "is still open or an invoice could still go late. Share = went late / (went late + on time).";

    /// <summary>Judged releases that went late, 0..1; null when none can be judged yet.</summary>
    public decimal? LateShare => WentLate + OnTime == 0 ? null : (decimal)WentLate / (WentLate + OnTime);

    /// <param name="releases">The releases with the business day each was made on.</param>
    /// <param name="openItemsOf">A client's open items today.</param>
    /// <param name="paymentsOf">A client's settlements; only those allocated to an invoice whose issue and due dates are known count.</param>
    /// <param name="asOf">The business day the outcome is judged at.</param>
    public static ReleaseFollowUp Of(
        IEnumerable<(OrderBlock Block, DateOnly ReleasedOn)> releases,
        Func<ClientCode, IReadOnlyList<OpenItem>> openItemsOf,
        Func<ClientCode, IReadOnlyList<Payment>> paymentsOf,
        DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(releases);
        ArgumentNullException.ThrowIfNull(openItemsOf);
        ArgumentNullException.ThrowIfNull(paymentsOf);
        var invoicesByClient = new Dictionary<ClientCode, List<BilledInvoice>>();
        int count = 0, late = 0, onTime = 0, tooEarly = 0, none = 0;
        var lateOnes = new List<LateRelease>();
        foreach (var (block, releasedOn) in releases)
        {
            count++;
            if (!invoicesByClient.TryGetValue(block.Client, out var invoices))
            {
                invoices = Invoices(openItemsOf(block.Client), paymentsOf(block.Client), asOf);
                invoicesByClient[block.Client] = invoices;
            }

            var windowEnd = releasedOn.AddDays(WindowDays);
            var inWindow = invoices.Where(i => i.IssueDate >= releasedOn && i.IssueDate < windowEnd && i.IssueDate <= asOf).ToList();
            var worst = inWindow.Where(i => i.DaysLate > LateAfterDays).OrderByDescending(i => i.DaysLate).FirstOrDefault();
            if (worst is not null)
            {
                late++;
                lateOnes.Add(new LateRelease(block.Client, block.OrderNumber, releasedOn, worst.Number, worst.DaysLate, worst.Settled));
            }
            else if (windowEnd > asOf || inWindow.Any(i => !i.Settled))
            {
                tooEarly++;
            }
            else if (inWindow.Count == 0)
            {
                none++;
            }
            else
            {
                onTime++;
            }
        }

        return new ReleaseFollowUp(count, late, onTime, tooEarly, none, [.. lateOnes.OrderByDescending(l => l.DaysLate).ThenBy(l => l.OrderNumber, StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The client's invoices with how late each is: an open one by its days past due at <paramref name="asOf"/>; a
    /// settled one (no longer open, its settlements allocated to it) by its last settlement's days past due.
    /// </summary>
    private static List<BilledInvoice> Invoices(IReadOnlyList<OpenItem> openItems, IReadOnlyList<Payment> payments, DateOnly asOf)
    {
        var open = openItems.Where(i => i.Kind == OpenItemKind.Invoice && i.Open.Amount > 0m).ToList();
        var openNumbers = open.Select(i => i.Number).ToHashSet(StringComparer.Ordinal);
        var result = open.Select(i => new BilledInvoice(i.Number, i.IssueDate, asOf.DayNumber - i.DueDate.DayNumber, Settled: false)).ToList();
        result.AddRange(payments
            .Where(p => p.AllocatedTo is { Length: > 0 } number && !openNumbers.Contains(number) && p.ItemIssueDate is not null && p.ItemDueDate is not null && p.Amount.Amount > 0m)
            .GroupBy(p => p.AllocatedTo!, StringComparer.Ordinal)
            .Select(g =>
            {
                var last = g.MaxBy(p => p.Date)!;
                return new BilledInvoice(g.Key, last.ItemIssueDate!.Value, last.Date.DayNumber - last.ItemDueDate!.Value.DayNumber, Settled: true);
            }));
        return result;
    }

    private sealed record BilledInvoice(string Number, DateOnly IssueDate, int DaysLate, bool Settled);
}

/// <summary>A release whose client then let <see cref="InvoiceNumber"/> go <see cref="DaysLate"/> days past due (paid that late when <see cref="Settled"/>).</summary>
public sealed record LateRelease(ClientCode Client, string OrderNumber, DateOnly ReleasedOn, string InvoiceNumber, int DaysLate, bool Settled);
